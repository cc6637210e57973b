#!/usr/bin/env node
// `npm run bench`: every project's `bench` target (engine, search, API load), one after the
// other so they do not compete for the two cores; the reports are gathered in one file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports', 'bench');
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };
const outcome = spawnSync('npx', ['nx', 'run-many', '-t', 'bench', '--parallel=1', '--skip-nx-cache', '--output-style=stream', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});

const parts = readdirSync(reports)
  .filter((f) => f.endsWith('.md') && f !== 'REPORT.md')
  .sort()
  .map((f) => readFileSync(join(reports, f), 'utf8').trim());
const header = `# Ponte benchmarks\n\n${new Date().toISOString()} · Node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`;
writeFileSync(join(reports, 'REPORT.md'), [header, ...parts].join('\n\n') + '\n');
console.log(`\nReport: ${join('reports', 'bench', 'REPORT.md')}${existsSync(reports) ? '' : ' (none)'}`);
process.exit(outcome.status ?? 1);
