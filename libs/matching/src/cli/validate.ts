// Validation of the CLI input: the JSON Schema (ajv) first, then what a schema cannot say
// (known comuni, unique ids, real calendar dates). Every message starts with the JSON path.

import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComuneIndex } from '../lib/geo';
import type { Course, Offer, Profile } from '../lib/model';

export const SCHEMA_FILE = join(
  __dirname,
  '..',
  '..',
  'schema',
  'rank-input.schema.json',
);

export interface RankInput {
  now?: string;
  options?: { limit?: number };
  profile: Profile;
  offers: Offer[];
  courses?: Course[];
}

let compiled: ReturnType<Ajv['compile']> | undefined;

function schemaValidator() {
  if (!compiled) {
    const ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      allowUnionTypes: true,
    });
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  }
  return compiled;
}

/** "/offers/3/shifts/0" -> "offers[3].shifts[0]" */
export function jsonPath(pointer: string, child?: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let out = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out === '' ? '(root)' : out;
}

function describe(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${jsonPath(e.instancePath, String(params['missingProperty']))}: is required`;
    case 'enum':
      return `${jsonPath(e.instancePath)}: must be one of ${(params['allowedValues'] as unknown[]).join('|')}`;
    case 'pattern': {
      const examples = (e.parentSchema as { examples?: unknown[] } | undefined)
        ?.examples;
      const hint = examples?.length
        ? ` (e.g. ${examples.map(String).join(', ')})`
        : '';
      return `${jsonPath(e.instancePath)}: has the wrong format${hint}`;
    }
    default:
      return `${jsonPath(e.instancePath)}: ${e.message ?? 'is invalid'}`;
  }
}

const validDate = (s: string) =>
  Number.isFinite(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)) &&
  (s.length !== 10 || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

/** Returns the problems found, empty when the input is valid. */
export function validateRankInput(
  input: unknown,
  comuni: ComuneIndex,
): string[] {
  const validate = schemaValidator();
  if (!validate(input)) {
    const seen = new Set<string>();
    return (validate.errors ?? [])
      .map(describe)
      .filter((m) => !seen.has(m) && !!seen.add(m));
  }
  const data = input as RankInput;
  const errors: string[] = [];
  const comune = (path: string, code: string) => {
    if (!comuni.has(code))
      errors.push(
        `${path}: unknown comune "${code}" (pass --comuni for other areas)`,
      );
  };
  const date = (path: string, value: string | undefined) => {
    if (value !== undefined && !validDate(value))
      errors.push(`${path}: is not a real date`);
  };
  comune('profile.homeComune', data.profile.homeComune);
  data.profile.exclusions?.forEach((x, i) =>
    comune(`profile.exclusions[${i}].comune`, x.comune),
  );
  date('now', data.now);
  for (const [list, items] of [
    ['offers', data.offers],
    ['courses', data.courses ?? []],
  ] as const) {
    const ids = new Map<string, number>();
    items.forEach((item: Offer | Course, i: number) => {
      comune(`${list}[${i}].comune`, item.comune);
      date(`${list}[${i}].deadline`, item.deadline);
      if ('startDate' in item) date(`${list}[${i}].startDate`, item.startDate);
      const first = ids.get(item.id);
      if (first !== undefined)
        errors.push(
          `${list}[${i}].id: duplicate of ${list}[${first}].id "${item.id}"`,
        );
      else ids.set(item.id, i);
    });
  }
  return errors;
}
