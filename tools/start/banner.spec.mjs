import { banner, DEMO_ACCOUNTS, DEMO_PASSWORD, serviceUrls } from './banner.mjs';

describe('ready banner', () => {
  it('lists the URLs on the configured API port', () => {
    expect(serviceUrls({ PORT: '3100' })).toEqual({
      api: 'http://localhost:3100/api',
      docs: 'http://localhost:3100/api/docs',
      health: 'http://localhost:3100/api/health',
      partner: 'http://localhost:4200',
      network: 'http://localhost:4300',
    });
  });

  it('names every demo account with its portal, the password, and what is still starting', () => {
    const text = banner({ SMTP_URL: 'smtp://127.0.0.1:1025' }, { api: true, partner: true, network: false }, '.data/mail/');
    for (const account of DEMO_ACCOUNTS) {
      const line = text.split('\n').find((l) => l.includes(account.email));
      expect(line).toContain(account.portal === 'network' ? 'http://localhost:4300' : 'http://localhost:4200');
    }
    expect(text).toContain(DEMO_PASSWORD);
    expect(text).toMatch(/API\s+http:\/\/localhost:3000\/api {2}✓/);
    expect(text).toMatch(/http:\/\/localhost:4300 {2}… \(avvio in corso \/ still starting\)/);
    expect(text).toContain('.data/mail/  (smtp://127.0.0.1:1025)');
  });

  it('leaves out the mailbox line when mail goes elsewhere', () => {
    expect(banner({}, { api: true, partner: true, network: true })).not.toContain('.data/mail');
  });
});
