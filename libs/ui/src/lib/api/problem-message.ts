import { ApiProblem, NETWORK_PROBLEM_TYPE } from './api-problem';

/** Message key of a generic, translated explanation of a problem by its status. */
export function problemMessageKey(
  problem: ApiProblem | null | undefined,
): string {
  if (!problem) return 'ui.problem.unexpected';
  if (problem.type === NETWORK_PROBLEM_TYPE || problem.status === 0)
    return 'ui.problem.network';
  if (problem.status === 401) return 'ui.problem.unauthorized';
  if (problem.status === 403) return 'ui.problem.forbidden';
  if (problem.status === 404) return 'ui.problem.notFound';
  if (problem.status === 409) return 'ui.problem.conflict';
  if (problem.status === 422 || problem.status === 400)
    return 'ui.problem.invalid';
  if (problem.status === 429) return 'ui.problem.tooManyRequests';
  if (problem.status >= 500) return 'ui.problem.server';
  return 'ui.problem.unexpected';
}
