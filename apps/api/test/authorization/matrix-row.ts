/**
 * The shape of a matrix row and the outcome shorthands, apart from the matrix so the feature
 * row files (catalogue-rows.ts, …) that the matrix spreads can use them without a circle.
 */
import { ACTORS, Actor, MatrixWorld } from './authorization-world';

export type Outcome = '2xx' | 401 | 403 | 404;

export interface MatrixRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MatrixRow {
  route: string;
  expect: Record<Actor, Outcome>;
  request?: (w: MatrixWorld, actor: Actor) => MatrixRequest | Promise<MatrixRequest>;
}

export const everyone = (outcome: Outcome): Record<Actor, Outcome> => Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Record<Actor, Outcome>;
export const signedIn = (outcome: Outcome = '2xx'): Record<Actor, Outcome> => ({ ...everyone(outcome), anonymous: 401 });
export const only = (allowed: Partial<Record<Actor, Outcome>>, otherwise: Outcome = 403): Record<Actor, Outcome> => ({
  ...everyone(otherwise),
  anonymous: 401,
  ...allowed,
});
