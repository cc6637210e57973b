// What the start command prints once everything answers: where to go and who to sign in as.

export const DEMO_PASSWORD = 'Ponte-Demo-2026!';

export const DEMO_ACCOUNTS = Object.freeze([
  { email: 'coordinatrice@ponte.demo', role: 'coordinatrice / coordinator', portal: 'network' },
  { email: 'consulente.nord@ponte.demo', role: 'consulente / counsellor', portal: 'network' },
  { email: 'hr@acme.demo', role: 'azienda / employer', portal: 'partner' },
  { email: 'formazione@enaip.demo', role: 'ente di formazione / training body', portal: 'partner' },
]);

export function serviceUrls(env) {
  const api = `http://localhost:${env.PORT || 3000}/api`;
  return {
    api,
    docs: `${api}/docs`,
    health: `${api}/health`,
    partner: 'http://localhost:4200',
    network: 'http://localhost:4300',
  };
}

/** The URL without its password, for status lines. */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** `ready` maps api/partner/network to whether each answered before the wait ended. */
export function banner(env, ready, mailDir) {
  const urls = serviceUrls(env);
  const mark = (key) => (ready[key] ? '✓' : '… (avvio in corso / still starting)');
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const roleWidth = Math.max(...DEMO_ACCOUNTS.map((a) => a.role.length));
  const lines = [
    '',
    '━━ Ponte è pronto / Ponte is ready ━━',
    `  API                ${urls.api}  ${mark('api')}`,
    `                     docs ${urls.docs} · health ${urls.health}`,
    `  Portale partner    ${urls.partner}  ${mark('partner')}  (partner portal)`,
    `  Portale reti       ${urls.network}  ${mark('network')}  (network portal)`,
  ];
  if (mailDir) lines.push(`  Posta / mail       ${mailDir}  (${env.SMTP_URL})`);
  lines.push(`  Account demo / demo accounts — password ${DEMO_PASSWORD}`);
  for (const account of DEMO_ACCOUNTS) {
    const portal = account.portal === 'network' ? urls.network : urls.partner;
    lines.push(`    ${account.email.padEnd(width)}  ${account.role.padEnd(roleWidth)}  → ${portal}`);
  }
  lines.push(
    '  TOTP: i segreti demo sono stampati dal seed qui sopra / demo TOTP secrets are printed by the seed above',
    '  Ctrl-C ferma tutto / Ctrl-C stops everything',
    '',
  );
  return lines.join('\n');
}
