// Structural rules for docker-compose.yml and the Caddyfile. There is no Docker engine on the
// build machines, so these checks are what keeps the deployment files honest.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const INFRA = resolve(__dirname, '..');
export const ROOT = resolve(INFRA, '..');

export type Build = { context?: string; dockerfile?: string; args?: Record<string, string> };
export type Port = string | { published?: string | number; target: number; protocol?: string };
export type Service = {
  image?: string;
  build?: string | Build;
  command?: string | string[];
  environment?: Record<string, string> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: Port[];
  expose?: (string | number)[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  restart?: string;
};
export type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

export const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
export const loadCompose = (text: string) => parse(text) as Compose;

export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) vars[match[1]] = match[2];
  }
  return vars;
}

/** Variables compose interpolates: `${NAME...}` braced, `$NAME` bare; `$$` is a literal `$`. */
export function variablesUsed(text: string): { braced: Set<string>; bare: Set<string> } {
  const unescaped = text.replace(/\$\$/g, '');
  const braced = new Set([...unescaped.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}/g)].map((m) => m[1]));
  const bare = new Set([...unescaped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  return { braced, bare };
}

/** Compose interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, and $$ for a literal $. */
export function interpolate<T>(value: T, env: Record<string, string>): T {
  if (typeof value === 'string') {
    return value
      .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}/g, (_, name: string, colon: string, fallback?: string) => {
        const set = env[name];
        if (fallback !== undefined && (set === undefined || (colon && set === ''))) return fallback;
        return set ?? '';
      })
      .replace(/\$\$/g, '$') as T;
  }
  if (Array.isArray(value)) return value.map((item) => interpolate(item, env)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)])) as T;
  }
  return value;
}

export function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
}

export function dependsOnOf(service: Service): Record<string, { condition?: string }> {
  const deps = service.depends_on ?? {};
  return Array.isArray(deps) ? Object.fromEntries(deps.map((name) => [name, {}])) : deps;
}

const buildOf = (service: Service): Build | undefined =>
  typeof service.build === 'string' ? { context: service.build } : service.build;

export function sourceProblems(compose: Compose, infraDir = INFRA): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    const build = buildOf(service);
    if (!service.image && !build) problems.push(`${name}: neither image nor build`);
    if (!build) continue;
    const context = resolve(infraDir, build.context ?? '.');
    const dockerfile = join(context, build.dockerfile ?? 'Dockerfile');
    if (!existsSync(dockerfile)) problems.push(`${name}: missing ${dockerfile}`);
    const app = build.args?.['APP'];
    if (app && !existsSync(join(context, 'apps', app, 'project.json'))) problems.push(`${name}: APP ${app} is no app`);
  }
  return problems;
}

const STATEFUL = /^(postgres|redis|getmeili\/meilisearch)(:|$)/;

/** PostgreSQL, Redis and Meilisearch: a healthcheck and a declared named volume each. */
export function statefulProblems(compose: Compose): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    if (!service.image || !STATEFUL.test(service.image)) continue;
    const test = service.healthcheck?.test;
    if (!test || service.healthcheck?.disable || (Array.isArray(test) && test[0] === 'NONE')) {
      problems.push(`${name}: stateful service without healthcheck`);
    }
    const named = (service.volumes ?? [])
      .map((v) => (typeof v === 'string' ? v.split(':')[0] : v.source ?? ''))
      .filter((source) => source && !source.startsWith('.') && !source.startsWith('/'));
    if (named.length === 0) problems.push(`${name}: stateful service without a named volume`);
    for (const volume of named) {
      if (!compose.volumes || !(volume in compose.volumes)) problems.push(`${name}: volume ${volume} not declared`);
    }
  }
  return problems;
}

export function variableProblems(composeText: string, example: Record<string, string>): string[] {
  const { braced, bare } = variablesUsed(composeText);
  const problems = [...bare].map((name) => `$${name}: use \${${name}} (or $$ for the container's shell)`);
  for (const name of braced) if (!(name in example)) problems.push(`\${${name}} is not in .env.example`);
  for (const name of Object.keys(example)) if (!braced.has(name)) problems.push(`${name} in .env.example is unused`);
  return problems;
}

/** Host ports (after interpolation) published by more than one mapping. */
export function portProblems(compose: Compose): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    for (const port of service.ports ?? []) {
      let key: string;
      if (typeof port === 'string') {
        const [mapping, protocol = 'tcp'] = port.split('/');
        const parts = mapping.split(':');
        key = `${parts.length > 1 ? parts[parts.length - 2] : parts[0]}/${protocol}`;
      } else {
        key = `${port.published ?? port.target}/${port.protocol ?? 'tcp'}`;
      }
      if (seen.has(key)) problems.push(`port ${key} published by ${seen.get(key)} and ${name}`);
      else seen.set(key, name);
    }
  }
  return problems;
}

export function dependencyProblems(compose: Compose): string[] {
  const problems: string[] = [];
  const services = compose.services ?? {};
  for (const [name, service] of Object.entries(services)) {
    for (const [target, { condition }] of Object.entries(dependsOnOf(service))) {
      const other = services[target];
      if (!other) {
        problems.push(`${name} depends on missing service ${target}`);
        continue;
      }
      if (condition === 'service_healthy' && !other.healthcheck?.test) {
        problems.push(`${name} waits for ${target} to be healthy, but ${target} has no healthcheck`);
      }
      if (condition === 'service_completed_successfully' && other.restart && other.restart !== 'no') {
        problems.push(`${name} waits for ${target} to complete, but ${target} restarts (${other.restart})`);
      }
    }
  }
  return problems;
}
