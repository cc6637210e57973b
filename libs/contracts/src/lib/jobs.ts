/** A failed background job as a coordinator sees it: ids, codes, counts and times, never free text. */
export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  /** Attempts made, out of `maxAttempts`. */
  attempts: number;
  maxAttempts: number;
  /** The failure reduced to a kind and the ids it named, never the original text. */
  failedReason: string;
  /** Same digest = same original message: groups failures without showing their text. */
  reasonDigest: string;
  /** Each key of the job's data with its value if it is an id, a number, a flag, a date or a code; else null. */
  data: Record<string, string | number | boolean | null>;
  createdAt: string;
  processedAt: string | null;
  failedAt: string | null;
}
