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
