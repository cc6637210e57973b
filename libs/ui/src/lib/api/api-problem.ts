import { HttpErrorResponse } from '@angular/common/http';

/** One field-level validation error of an RFC 9457 problem. `field` is a dotted path. */
export interface FieldProblem {
  field: string;
  message: string;
  /** The API's stable code (`identifier.phone`, `unknownComune`…), when it sends one. */
  code?: string;
}

/** An RFC 9457 problem+json body, as every Ponte API error is shaped. */
export interface ApiProblem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
  /**
   * Extension members (RFC 9457 §3.2) the API adds to some problems, e.g. `currentState` on
   * an illegal transition or `missingConsent` on a refused proposal.
   */
  extensions?: Record<string, unknown>;
}

const STANDARD_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'errors',
]);

/** Problem types of failures that never reached the API, so callers can tell them apart. */
export const NETWORK_PROBLEM_TYPE = 'urn:ponte:problem:network';
export const UNEXPECTED_PROBLEM_TYPE = 'urn:ponte:problem:unexpected';

export function isApiProblem(value: unknown): value is ApiProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ApiProblem>;
  return (
    typeof candidate.type === 'string' && typeof candidate.status === 'number'
  );
}

/** Turns whatever an HTTP call failed with into an ApiProblem, never throwing itself. */
export function toApiProblem(error: unknown): ApiProblem {
  if (isApiProblem(error)) return error;
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return { type: NETWORK_PROBLEM_TYPE, title: 'Network error', status: 0 };
    }
    const body = parseBody(error.error);
    if (body && typeof body['type'] === 'string') {
      return {
        type: body['type'],
        title:
          typeof body['title'] === 'string' ? body['title'] : error.statusText,
        status:
          typeof body['status'] === 'number' ? body['status'] : error.status,
        detail: typeof body['detail'] === 'string' ? body['detail'] : undefined,
        errors: parseFieldErrors(body['errors']),
        extensions: parseExtensions(body),
      };
    }
    return {
      type: 'about:blank',
      title: error.statusText || 'Error',
      status: error.status,
    };
  }
  return {
    type: UNEXPECTED_PROBLEM_TYPE,
    title: 'Unexpected error',
    status: 0,
  };
}

function parseBody(body: unknown): Record<string, unknown> | undefined {
  if (typeof body === 'string') {
    try {
      const parsed: unknown = JSON.parse(body);
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)
    : undefined;
}

function parseFieldErrors(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(
      (e): e is FieldProblem =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as FieldProblem).field === 'string' &&
        typeof (e as FieldProblem).message === 'string',
    )
    .map(({ field, message, code }) =>
      typeof code === 'string' ? { field, message, code } : { field, message },
    );
}

function parseExtensions(
  body: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const entries = Object.entries(body).filter(
    ([name]) => !STANDARD_MEMBERS.has(name),
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}
