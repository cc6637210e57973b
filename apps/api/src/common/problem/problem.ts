import { HttpException } from '@nestjs/common';

/** A field-level error before translation: the code picks the message, params fill it. */
export interface FieldProblem {
  /** JSON path of the field, e.g. `skills[2].uri`. */
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

export interface ProblemSpec {
  status: number;
  /** Stable slug of the problem type; the response `type` is `urn:ponte:problem:<slug>`. */
  type: string;
  /** Message keys; default to `problem.<type>.title` / `.detail`. */
  titleKey?: string;
  detailKey?: string;
  params?: Record<string, unknown>;
  errors?: FieldProblem[];
  /** Extension members added to the problem document (RFC 9457 §3.2), e.g. `currentState`. */
  extensions?: Record<string, unknown>;
  /** Response headers, e.g. `Retry-After` on a 429. */
  headers?: Record<string, string>;
}

/**
 * The only error a service throws on purpose. The filter translates it into an RFC 9457
 * document in the caller's language, so services never build user-facing text.
 */
export class ProblemException extends HttpException {
  constructor(readonly spec: ProblemSpec) {
    super(spec.type, spec.status);
  }
}

export const PROBLEM_TYPE_PREFIX = 'urn:ponte:problem:';

export const notFound = (): ProblemException => new ProblemException({ status: 404, type: 'not-found' });

export const validationProblem = (errors: FieldProblem[]): ProblemException =>
  new ProblemException({ status: 422, type: 'validation', errors });

export const conflict = (detailKey: string, params?: Record<string, unknown>, extensions?: Record<string, unknown>) =>
  new ProblemException({ status: 409, type: 'conflict', detailKey, params, extensions });
