import { join } from 'node:path';
import { parseCaddyfile, placeholders, sites, upstreamFor } from './caddyfile';
import {
  Compose,
  dependencyProblems,
  dependsOnOf,
  environmentOf,
  interpolate,
  loadCompose,
  parseEnvFile,
  portProblems,
  read,
  ROOT,
  sourceProblems,
  statefulProblems,
  variableProblems,
} from './compose-rules';

const composeText = read('infra/docker-compose.yml');
const compose = loadCompose(composeText);
const example = parseEnvFile(read('infra/.env.example'));
const resolved = interpolate(compose, example);
const clone = (): Compose => JSON.parse(JSON.stringify(compose));

describe('docker-compose.yml', () => {
  it('runs the whole system: stores, migrate, api, worker, both portals and the proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['api', 'meilisearch', 'migrate', 'network-portal', 'partner-portal', 'postgres', 'postgres-replica', 'proxy', 'redis', 'worker'].sort(),
    );
    expect(compose.services['postgres'].image).toBe('postgres:15');
    expect(compose.services['redis'].image).toBe('redis:7');
    expect(compose.services['meilisearch'].image).toMatch(/^getmeili\/meilisearch:v1\.\d+$/);
  });

  it('offers a streaming standby of the primary only on request, which the API reads when DATABASE_READ_URL names it', () => {
    const replica = compose.services['postgres-replica'] as Compose['services'][string] & { profiles?: string[]; entrypoint?: string[] };
    expect(replica.image).toBe('postgres:15');
    expect(replica.profiles).toEqual(['replica']);
    expect(dependsOnOf(replica)).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(read('infra/postgres/standby.sh')).toMatch(/pg_basebackup -h postgres -U replicator .*-R -X stream/);
    expect(read('infra/postgres/replication.sh')).toMatch(/CREATE ROLE replicator WITH REPLICATION LOGIN/);
    expect(example['DATABASE_READ_URL']).toBe('');
    expect(environmentOf(resolved.services['api'])['DATABASE_READ_URL']).toBe('');
  });

  it('gives every service an image or a build whose Dockerfile and app exist', () => {
    expect(sourceProblems(compose)).toEqual([]);
    const broken = clone();
    delete broken.services['redis'].image;
    broken.services['api'].build = { context: '..', dockerfile: 'infra/docker/nope.Dockerfile', args: { APP: 'nope' } };
    expect(sourceProblems(broken)).toEqual([
      'redis: neither image nor build',
      `api: missing ${join(ROOT, 'infra/docker/nope.Dockerfile')}`,
      'api: APP nope is no app',
    ]);
  });

  it('has healthchecks and named volumes on the stateful services', () => {
    expect(statefulProblems(compose)).toEqual([]);
    const broken = clone();
    delete broken.services['postgres'].healthcheck;
    broken.services['redis'].volumes = ['./redis:/data'];
    expect(statefulProblems(broken)).toEqual([
      'postgres: stateful service without healthcheck',
      'redis: stateful service without a named volume',
    ]);
  });

  it('defines every ${VAR} it uses in .env.example, and uses every one defined there', () => {
    expect(variableProblems(composeText, example)).toEqual([]);
    expect(variableProblems('a: ${MISSING}\nb: $BARE\nc: $${SHELL_ONLY}', { UNUSED: 'x' })).toEqual([
      '$BARE: use ${BARE} (or $$ for the container\'s shell)',
      '${MISSING} is not in .env.example',
      'UNUSED in .env.example is unused',
    ]);
  });

  it('publishes each host port once, and only from the proxy', () => {
    expect(portProblems(resolved)).toEqual([]);
    const published = Object.entries(resolved.services).filter(([, s]) => (s.ports ?? []).length > 0);
    expect(published.map(([name]) => name)).toEqual(['proxy']);
    const broken = clone();
    broken.services['api'].ports = ['80:3000'];
    expect(portProblems(interpolate(broken, example))).toEqual(['port 80/tcp published by api and proxy']);
  });

  it('depends only on services that exist, waiting on healthchecks and on the one-shot migrate', () => {
    expect(dependencyProblems(compose)).toEqual([]);
    for (const name of ['api', 'worker']) {
      expect(compose.services[name].depends_on).toMatchObject({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
    const broken = clone();
    broken.services['worker'].depends_on = { ghost: { condition: 'service_started' }, worker: { condition: 'service_healthy' } };
    broken.services['migrate'].restart = 'always';
    expect(dependencyProblems(broken)).toEqual([
      'api waits for migrate to complete, but migrate restarts (always)',
      'worker depends on missing service ghost',
      'worker waits for worker to be healthy, but worker has no healthcheck',
    ]);
  });
});

describe('API and worker environment', () => {
  // Variable names declared by the API's validated configuration (libs/config).
  const schema = read('libs/config/src/lib/env.ts');
  const declared = [...schema.matchAll(/^\s{6}([A-Z][A-Z0-9_]+): \w+\(([^)]*)\)/gm)].map((m) => ({
    name: m[1],
    required: !m[2].includes('default'),
  }));
  const env = environmentOf(resolved.services['api']);

  it('is the same for migrate, api and worker', () => {
    expect(environmentOf(resolved.services['worker'])).toEqual(env);
    expect(environmentOf(resolved.services['migrate'])).toEqual(env);
  });

  it('sets every required variable and only variables the API knows', () => {
    expect(declared.length).toBeGreaterThan(15);
    const names = new Set(declared.map((d) => d.name));
    expect(Object.keys(env).filter((name) => !names.has(name))).toEqual([]);
    expect(declared.filter((d) => d.required && !(d.name in env)).map((d) => d.name)).toEqual([]);
    expect(declared.filter((d) => d.required).map((d) => d.name)).toEqual(
      expect.arrayContaining(['JWT_SECRET', 'NOTES_ENCRYPTION_KEYS']),
    );
  });

  it('points at the compose services, with example values of the right shape', () => {
    expect(new URL(env['DATABASE_URL']).host).toBe('postgres:5432');
    expect(new URL(env['REDIS_URL']).host).toBe('redis:6379');
    expect(new URL(env['MEILI_HOST']).host).toBe('meilisearch:7700');
    expect(env['NODE_ENV']).toBe('production');
    expect(env['DEMO_SEED']).toBe('false');
    expect(env['JWT_SECRET'].length).toBeGreaterThanOrEqual(32);
    for (const entry of env['NOTES_ENCRYPTION_KEYS'].split(',')) {
      const [id, key] = entry.split(':');
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(key, 'base64')).toHaveLength(32);
    }
    expect(env['CORS_ORIGINS'].split(',')).toEqual([`https://${example['PARTNER_HOST']}`, `https://${example['NETWORK_HOST']}`]);
    expect(['postgres', 'meilisearch']).toContain(env['SEARCH_ENGINE']);
  });
});

describe('edge proxy (infra/proxy/Caddyfile)', () => {
  const caddyText = read('infra/proxy/Caddyfile');
  const proxy = compose.services['proxy'];
  const bySite = new Map(sites(parseCaddyfile(caddyText)).map((site) => [site.address, site]));

  it('is mounted into the proxy, which receives every {$VAR} the file reads', () => {
    expect(proxy.volumes).toContain('./proxy/Caddyfile:/etc/caddy/Caddyfile:ro');
    expect([...placeholders(caddyText)].filter((name) => !(name in environmentOf(proxy)))).toEqual([]);
  });

  it.each([
    ['{$PARTNER_HOST}', 'partner-portal:80'],
    ['{$NETWORK_HOST}', 'network-portal:80'],
  ])('routes %s: /api to the API, everything else to %s', (address, portal) => {
    const site = bySite.get(address);
    expect(site).toBeDefined();
    if (!site) return;
    expect(upstreamFor(site, '/api')).toBe('api:3000');
    expect(upstreamFor(site, '/api/health')).toBe('api:3000');
    expect(upstreamFor(site, '/api/docs/')).toBe('api:3000');
    expect(upstreamFor(site, '/')).toBe(portal);
    expect(upstreamFor(site, '/accesso')).toBe(portal);
    expect(upstreamFor(site, '/apiary')).toBe(portal);
  });

  it('sends traffic only to compose services on ports they expose', () => {
    for (const site of bySite.values()) {
      for (const path of ['/api/health', '/']) {
        const [host, port] = (upstreamFor(site, path) ?? '').split(':');
        expect(compose.services[host]?.expose?.map(String)).toContain(port);
        expect(proxy.depends_on).toHaveProperty(host);
      }
    }
  });

  it('reads routes as Caddy would: a snippet import, a named path matcher, a fallback handle', () => {
    const [site] = sites(
      parseCaddyfile('(s) {\n\t@x path /x /x/*\n}\nexample.org {\n\timport s\n\thandle @x {\n\t\treverse_proxy a:1\n\t}\n\thandle {\n\t\treverse_proxy b:2\n\t}\n}\n'),
    );
    expect([upstreamFor(site, '/x/y'), upstreamFor(site, '/xy')]).toEqual(['a:1', 'b:2']);
    expect(() => sites(parseCaddyfile('h {\n\timport missing\n}\n'))).toThrow('unknown snippet missing');
  });
});

describe('images', () => {
  const server = read('infra/docker/server.Dockerfile');
  const portal = read('infra/docker/portal.Dockerfile');

  it('builds api and worker in two stages on node:20-slim from the bundle nx writes', () => {
    expect(server).toMatch(/^ARG NODE_IMAGE=node:20-slim$/m);
    expect(server.match(/^FROM /gm)).toHaveLength(2);
    expect(server).toMatch(/RUN npx nx build \$\{APP\}/);
    expect(server).toMatch(/npm ci --omit=dev/);
    expect(server).toMatch(/^USER node$/m);
    for (const app of ['api', 'worker']) {
      expect(read(`apps/${app}/webpack.config.js`)).toContain(`'../../dist/apps/${app}'`);
    }
    expect(compose.services['migrate'].command).toEqual(['node', 'cli.js', 'migrate']);
  });

  it('builds each portal with Angular and serves it from nginx with an SPA fallback and /healthz', () => {
    expect(portal.match(/^FROM /gm)).toHaveLength(2);
    expect(portal).toMatch(/^FROM nginx:[\d.]+-alpine AS runtime$/m);
    expect(portal).toContain('COPY --from=build /workspace/dist/apps/${APP}/browser /usr/share/nginx/html');
    for (const app of ['partner-portal', 'network-portal']) {
      expect(JSON.parse(read(`apps/${app}/project.json`)).targets.build.options.outputPath).toBe(`dist/apps/${app}`);
    }
    const conf = read('infra/proxy/portal.conf');
    expect(conf).toContain('try_files $uri $uri/ /index.html;');
    expect(conf).toMatch(/location = \/healthz/);
  });

  it('keeps node_modules, local data and secrets out of the build context', () => {
    for (const file of ['server', 'portal']) {
      const ignore = read(`infra/docker/${file}.Dockerfile.dockerignore`).split('\n');
      expect(ignore).toEqual(expect.arrayContaining(['**/node_modules', '.data', '**/.env', 'dist', '.git']));
    }
    expect(read('.gitignore').split('\n')).toContain('.env');
  });
});
