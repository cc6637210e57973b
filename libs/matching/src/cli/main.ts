// ponte-match: rank offers and courses for one profile, JSON on stdin, JSON on stdout.
// Exit codes: 0 ranked, 2 invalid input or usage, 1 anything else (e.g. unreadable --esco).

import { createContext } from '../lib/context';
import { builtInComuni } from '../lib/geo';
import { rankForProfile } from '../lib/rank';
import { emptyTaxonomy } from '../lib/taxonomy';
import { loadComuni, loadEscoTaxonomy } from '../node';
import { validateRankInput, type RankInput } from './validate';

export const USAGE = `Usage: ponte-match rank [--esco DIR] [--comuni FILE] [--now ISO] [--limit N] [--pretty]

Reads one JSON document on stdin (schema: libs/matching/schema/rank-input.schema.json) and writes
the ranked offers and courses, with explanations and hard-filter counts, on stdout.
  --esco DIR     folder in the official ESCO CSV layout (skill hierarchy, ISCO groups, occupation
                 skills); without it skills match exactly or not at all
  --comuni FILE  CSV with istat_code,lat,lon (default: the 133 comuni of the Città metropolitana di Milano)
  --now ISO      the instant deadlines are compared with (default: input "now", else the clock)
  --limit N      offers and courses returned (default: input options.limit, else all)
  --pretty       indent the output`;

export class UsageError extends Error {}

export interface CliArgs {
  esco?: string;
  comuni?: string;
  now?: string;
  limit?: number;
  pretty: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'rank')
    throw new UsageError(
      command ? `unknown command "${command}"` : 'missing command',
    );
  const args: CliArgs = { pretty: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    if (flag === '--pretty') {
      args.pretty = true;
      continue;
    }
    const value = rest[i + 1];
    if (!['--esco', '--comuni', '--now', '--limit'].includes(flag))
      throw new UsageError(`unknown option "${flag}"`);
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    i++;
    if (flag === '--limit') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1)
        throw new UsageError('--limit must be a positive integer');
      args.limit = n;
    } else {
      args[flag.slice(2) as 'esco' | 'comuni' | 'now'] = value;
    }
  }
  return args;
}

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The whole command on in-memory text: the entry point below only wires the process to it. */
export function runRank(
  argv: readonly string[],
  stdin: string,
  clock: () => Date = () => new Date(),
): CliOutcome {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError)
      return {
        code: 2,
        stdout: '',
        stderr: `ponte-match: ${e.message}\n${USAGE}\n`,
      };
    throw e;
  }
  const comuni = args.comuni ? loadComuni(args.comuni) : builtInComuni();
  const taxonomy = args.esco ? loadEscoTaxonomy(args.esco) : emptyTaxonomy();
  let input: unknown;
  try {
    input = JSON.parse(stdin);
  } catch (e) {
    return {
      code: 2,
      stdout: '',
      stderr: `ponte-match: (root): stdin is not valid JSON: ${(e as Error).message}\n`,
    };
  }
  const problems = validateRankInput(input, comuni);
  if (args.now !== undefined && !Number.isFinite(Date.parse(args.now)))
    problems.push('--now: is not a valid date-time');
  if (problems.length > 0) {
    return {
      code: 2,
      stdout: '',
      stderr: problems.map((p) => `ponte-match: ${p}\n`).join(''),
    };
  }
  const data = input as RankInput;
  const ctx = createContext(args.now ?? data.now ?? clock(), {
    taxonomy,
    comuni,
  });
  const limit = args.limit ?? data.options?.limit ?? Infinity;
  const { offers, courses, filtered, filteredOffers, filteredCourses, passed } =
    rankForProfile(
      data.profile,
      { offers: data.offers, courses: data.courses },
      ctx,
      { limit },
    );
  const output = {
    offers,
    courses,
    filtered,
    filteredOffers,
    filteredCourses,
    passed,
  };
  return {
    code: 0,
    stdout: JSON.stringify(output, null, args.pretty ? 2 : undefined) + '\n',
    stderr: '',
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(
  argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    parseArgs(argv); // a usage error must not wait for stdin
  } catch (e) {
    process.stderr.write(`ponte-match: ${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const outcome = runRank(argv, await readStdin());
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    process.exitCode = outcome.code;
  } catch (e) {
    process.stderr.write(`ponte-match: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
