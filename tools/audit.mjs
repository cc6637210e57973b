#!/usr/bin/env node
// `node tools/audit.mjs` (run by `npm test`): npm audit of the PRODUCTION dependencies; a high or
// critical advisory fails. When the registry cannot answer audits (the partial mirror of these
// machines answers 405) it says so plainly and records status "unavailable" in
// reports/audit.json: never a silent pass. With PONTE_AUDIT_REQUIRED=true (CI on the public
// registry) an unanswered audit fails too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const required = process.env.PONTE_AUDIT_REQUIRED === 'true';
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
let result;
if (!counts) {
  const reason = report?.message ?? report?.error?.summary ?? (run.error?.message || run.stderr.split('\n').find((line) => /error/i.test(line)) || 'no answer');
  result = { status: 'unavailable', reason: String(reason).trim() };
} else {
  const severe = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => ({ name, severity: v.severity, range: v.range, fixAvailable: Boolean(v.fixAvailable) }));
  result = { status: severe.length ? 'advisories' : 'clean', counts, severe };
}
result.at = new Date().toISOString();
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'audit.json'), JSON.stringify(result, null, 2));

if (result.status === 'clean') {
  console.log(`npm audit (production dependencies): no high or critical advisory (${counts.total} in all: ${counts.moderate} moderate, ${counts.low} low).`);
} else if (result.status === 'advisories') {
  console.error(`npm audit (production dependencies): ${result.severe.length} high or critical advisories:`);
  for (const v of result.severe) console.error(`  - ${v.name} (${v.severity}, ${v.range})${v.fixAvailable ? ': fix available (npm audit fix --omit=dev)' : ''}`);
} else {
  console.error(`npm audit (production dependencies): NOT CHECKED — the registry did not answer the audit (${result.reason}).`);
  console.error('  Run it where the public registry answers: PONTE_AUDIT_REQUIRED=true node tools/audit.mjs');
}
process.exit(result.status === 'advisories' || (result.status === 'unavailable' && required) ? 1 : 0);
