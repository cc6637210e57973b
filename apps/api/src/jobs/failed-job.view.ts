import { CONSENT_KINDS, PROPOSAL_KINDS } from '@ponte/domain';
import type { FailedJob } from '@ponte/contracts';
import type { Job } from 'bullmq';
import { createHash } from 'node:crypto';

/** A failed background job as a coordinator sees it (the contract's shape). */
export type FailedJobView = FailedJob;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Known failures, first match wins. The message itself may hold anything (an SMTP reply, a SQL value). */
const FAILURE_KINDS: [string, RegExp][] = [
  ['connection_refused', /ECONNREFUSED/],
  ['host_not_found', /ENOTFOUND|EAI_AGAIN/],
  ['connection_reset', /ECONNRESET|EPIPE|socket hang up/i],
  ['timeout', /ETIMEDOUT|ESOCKETTIMEDOUT|timed? ?out/i],
  ['stalled', /stalled/i],
  ['mail', /\bSMTP\b|EENVELOPE|EAUTH|EMESSAGE|mailbox|recipient/i],
  ['database', /deadlock|could not serialize|duplicate key|violates|relation .* does not exist|QueryFailed|syntax error/i],
  ['missing_handler', /process handler|no processor|unknown job/i],
  ['not_found', /not found|does not exist/i],
];

/**
 * `<kind>` and the UUIDs the message names, e.g. `mail (3f0c…)`. Everything else of the
 * message is dropped: a failure text can quote an address, a name or a field value.
 */
export function sanitiseFailedReason(reason: string | undefined): string {
  const text = reason ?? '';
  const kind = FAILURE_KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'error';
  const ids = [...new Set((text.match(UUID) ?? []).map((id) => id.toLowerCase()))].slice(0, 5);
  return ids.length ? `${kind} (${ids.join(', ')})` : kind;
}

export const reasonDigest = (reason: string | undefined): string => createHash('sha256').update(reason ?? '').digest('hex').slice(0, 12);

const CODES = new Set<string>([...PROPOSAL_KINDS, ...CONSENT_KINDS]);
const UUID_ONLY = new RegExp(`^${UUID.source}$`, 'i');
const PREFIXED_ID = /^[a-z][a-z_]{0,30}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-v\d+)?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;

/** Job data is ids only by convention; this keeps it so even if a producer slipped. */
export function sanitiseJobData(data: unknown): FailedJobView['data'] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const shown: FailedJobView['data'] = {};
  for (const [key, value] of Object.entries(data).slice(0, 30)) {
    if (!KEY.test(key)) continue;
    shown[key] = safeValue(value);
  }
  return shown;
}

function safeValue(value: unknown): string | number | boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const isId = UUID_ONLY.test(value) || PREFIXED_ID.test(value);
  return isId || ISO_DATE.test(value) || CODES.has(value) ? value : null;
}

const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : null);

export function failedJobView(queue: string, job: Job): FailedJobView {
  return {
    queue,
    id: String(job.id),
    name: job.name,
    attempts: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    failedReason: sanitiseFailedReason(job.failedReason),
    reasonDigest: reasonDigest(job.failedReason),
    data: sanitiseJobData(job.data),
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: iso(job.processedOn),
    failedAt: iso(job.finishedOn),
  };
}
