import { HttpErrorResponse } from '@angular/common/http';
import { toApiProblem } from './api-problem';
import { problemMessageKey } from './problem-message';

describe('toApiProblem', () => {
  it('reads a problem+json body delivered as text', () => {
    const error = new HttpErrorResponse({
      status: 404,
      statusText: 'Not Found',
      error: JSON.stringify({
        type: 'urn:ponte:problem:not-found',
        title: 'Not found',
        status: 404,
        detail: 'Offerta non trovata.',
      }),
    });
    expect(toApiProblem(error)).toEqual({
      type: 'urn:ponte:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'Offerta non trovata.',
      errors: undefined,
    });
  });

  it('keeps the field codes and the extension members of a problem', () => {
    const error = new HttpErrorResponse({
      status: 409,
      statusText: 'Conflict',
      error: {
        type: 'urn:ponte:problem:missing-consent',
        title: 'Manca il consenso',
        status: 409,
        detail: 'Manca il consenso della donna.',
        instance: 'urn:ponte:request:r-1',
        missingConsent: 'share_card',
        organisationId: 'org-1',
        errors: [{ field: 'notes', code: 'identifier.phone', message: 'Telefono.' }],
      },
    });
    const problem = toApiProblem(error);
    expect(problem.extensions).toEqual({
      missingConsent: 'share_card',
      organisationId: 'org-1',
    });
    expect(problem.errors).toEqual([
      { field: 'notes', code: 'identifier.phone', message: 'Telefono.' },
    ]);
  });

  it('falls back to the HTTP status for a body that is not a problem', () => {
    const error = new HttpErrorResponse({
      status: 502,
      statusText: 'Bad Gateway',
      error: '<html>',
    });
    expect(toApiProblem(error)).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
    });
  });

  it('never throws on something that is not an HTTP error', () => {
    expect(toApiProblem(new Error('boom'))).toMatchObject({
      status: 0,
      type: 'urn:ponte:problem:unexpected',
    });
  });

  it('maps statuses to a generic translated explanation', () => {
    expect(problemMessageKey({ type: 'x', title: 'x', status: 503 })).toBe(
      'ui.problem.server',
    );
    expect(problemMessageKey({ type: 'x', title: 'x', status: 409 })).toBe(
      'ui.problem.conflict',
    );
    expect(problemMessageKey(undefined)).toBe('ui.problem.unexpected');
  });
});
