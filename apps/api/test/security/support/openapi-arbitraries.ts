import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  example?: unknown;
  allOf?: Schema[];
}
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
export interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

/** Follows `$ref` and merges `allOf` (what @nestjs/swagger emits for PartialType and nesting). */
export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf) return schema.allOf.map((part) => resolve(doc, part)).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), { ...schema, allOf: undefined });
  return schema;
}

const MARKER = 'ponte-polluted-value';
/** Keys that pollute prototypes when a server merges bodies carelessly; JSON.parse makes them own keys. */
export const PROTOTYPE_KEYS: Record<string, unknown> = JSON.parse(
  `{"__proto__":{"polluted":"${MARKER}","isAdmin":true},"constructor":{"prototype":{"polluted":"${MARKER}"}},"prototype":{"polluted":"${MARKER}"}}`,
);
export const POLLUTION_MARKER = MARKER;

/** Free-text attacks: stored where free text is allowed, they must come back exactly as sent. */
export const INJECTIONS = ["'; DROP TABLE profiles;--", '<script>alert(1)</script>', '{{constructor}}', '${7*7}', '" OR 1=1 --', '../../etc/passwd', '<img src=x onerror=alert(1)>'];

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\u202Eevil',
  '😀'.repeat(500),
  'Ａ'.repeat(300),
  'a'.repeat(100_000),
  '2026-02-30',
  '9999-99-99',
  '-1',
  'NaN',
  '1e400',
  '00000000-0000-0000-0000-000000000000',
  'http://data.europa.eu/esco/skill/../../admin',
  ...INJECTIONS,
];

/** Nested junk: deep arrays and objects of anything. */
const junk = fc.letrec<{ junk: unknown }>((tie) => ({
  junk: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.jsonValue({ maxDepth: 2 }), fc.array(tie('junk'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('junk'), { maxKeys: 3 })),
})).junk;

/** Any value a hostile client might put in a field: wrong types, boundaries, huge, unicode, nested junk. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 2 ** 53, -(2 ** 31) - 1, 1e308, 0.5, [], {}, [[[[[]]]]], ...HOSTILE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  junk,
  fc.constant(PROTOTYPE_KEYS),
);

/** A value of a clearly wrong JSON type for the schema (never one class-validator could accept). */
export function wrongTypeValue(schema: Schema): unknown[] {
  const type = schema.enum ? 'string' : schema.type;
  switch (type) {
    case 'string':
      return [42, true, { a: 1 }, ['x']];
    case 'number':
    case 'integer':
      return ['abc', true, { a: 1 }, [1]];
    case 'boolean':
      return ['yes', 1, {}, []];
    case 'array':
      return ['x', 5, { a: 1 }];
    case 'object':
      return ['x', 5, true];
    default:
      return [];
  }
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Values the schema accepts as far as the document says (patterns and cross-field rules are not in it). */
export function validish(doc: OpenApiDocument, raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  let arb: fc.Arbitrary<unknown>;
  if (schema.enum?.length) arb = fc.constantFrom(...schema.enum);
  else if (schema.type === 'string') {
    const max = Math.min(schema.maxLength ?? 60, 200);
    const min = Math.min(schema.minLength ?? 0, max);
    arb = fc.oneof(
      ...(schema.format === 'uuid' ? [fc.uuid()] : []),
      ...(schema.format?.startsWith('date') ? [fc.integer({ min: -400, max: 400 }).map(day)] : []),
      ...(typeof schema.example === 'string' ? [fc.constant(schema.example)] : []),
      fc.string({ minLength: min, maxLength: max }),
      fc.constantFrom(...INJECTIONS.filter((s) => s.length <= max && s.length >= min)),
    );
  } else if (schema.type === 'number' || schema.type === 'integer') {
    const min = Math.ceil(schema.minimum ?? -1000);
    const max = Math.floor(schema.maximum ?? 1000);
    arb = fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max, min - 1, max + 1));
  } else if (schema.type === 'boolean') arb = fc.boolean();
  else if (schema.type === 'array') arb = depth > 3 ? fc.constant([]) : fc.array(validish(doc, schema.items, depth + 1), { maxLength: 3 });
  else if (schema.type === 'object' || schema.properties) {
    const properties = schema.properties ?? {};
    arb =
      depth > 3
        ? fc.constant({})
        : fc.record(Object.fromEntries(Object.entries(properties).map(([name, p]) => [name, validish(doc, p, depth + 1)])), {
            requiredKeys: (schema.required ?? []).filter((name) => name in properties),
          });
  } else arb = fc.jsonValue({ maxDepth: 1 });
  return schema.nullable ? fc.oneof({ weight: 9, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : arb;
}

export type Mutation = { kind: 'schema' | 'field' | 'junk-keys' | 'drop-required' | 'top-level' | 'json'; field?: string };
export interface FuzzBody {
  body: unknown;
  mutation: Mutation;
}

/**
 * Bodies for one operation: generated from its schema, or the known-valid `base` with one field
 * replaced by a hostile value, with junk or prototype keys added, with a required field dropped,
 * a wrong top-level type, or any JSON at all.
 */
export function hostileBody(doc: OpenApiDocument, raw: Schema | undefined, base: unknown): fc.Arbitrary<FuzzBody> {
  const schema = resolve(doc, raw);
  const fields = Object.keys(schema.properties ?? {});
  const object = base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
  const options: fc.Arbitrary<FuzzBody>[] = [
    validish(doc, schema).map((body) => ({ body, mutation: { kind: 'schema' } })),
    fc
      .dictionary(fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'status', 'role', 'organisationId', 'networkId', 'version')), hostileValue, { minKeys: 1, maxKeys: 3 })
      .map((extra) => ({ body: { ...object, ...extra }, mutation: { kind: 'junk-keys' } })),
    fc.constant({ body: { ...object, ...PROTOTYPE_KEYS }, mutation: { kind: 'junk-keys' } }),
    fc.oneof(fc.constantFrom<unknown>([], [object], 'body', 42, true, null), fc.array(hostileValue, { maxLength: 3 })).map((body) => ({ body, mutation: { kind: 'top-level' } })),
    fc.jsonValue({ maxDepth: 3 }).map((body) => ({ body, mutation: { kind: 'json' } })),
  ];
  if (fields.length) {
    options.push(
      fc.tuple(fc.constantFrom(...fields), hostileValue).map(([field, value]) => ({ body: { ...object, [field]: value }, mutation: { kind: 'field', field } })),
    );
  }
  const required = (schema.required ?? []).filter((name) => name in object);
  if (required.length) {
    options.push(
      fc.constantFrom(...required).map((field) => {
        const body = { ...object };
        delete body[field];
        return { body, mutation: { kind: 'drop-required', field } };
      }),
    );
  }
  return fc.oneof(...options);
}
