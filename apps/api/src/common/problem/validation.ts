import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { controlCharacterProblems } from './control-characters';
import { FieldProblem, validationProblem } from './problem';

/** Flattens class-validator's tree into `a.b[2].c` paths with one entry per failed constraint. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      problems.push({ field, code, params: paramsFrom(code, error, message) });
    }
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, field));
  }
  return problems;
}

/** class-validator keeps constraint arguments only inside its English message; recover the few we show. */
function paramsFrom(code: string, error: ValidationError, message: string): Record<string, unknown> {
  const context = error.contexts?.[code] as Record<string, unknown> | undefined;
  if (context) return context;
  const numbers = message.match(/-?\d+(\.\d+)?/g) ?? [];
  switch (code) {
    case 'min':
    case 'minLength':
    case 'arrayMinSize':
      return { min: numbers.at(-1) };
    case 'max':
    case 'maxLength':
    case 'arrayMaxSize':
      return { max: numbers.at(-1) };
    case 'isIn':
    case 'isEnum': {
      const values = message.split(':').at(-1)?.trim();
      return { values };
    }
    default:
      return {};
  }
}

/**
 * Keys that reach object prototypes when a body is merged or transformed: class-transformer
 * calls `new value.constructor()` on nested plain objects, so `{"constructor": {}}` anywhere in
 * a body was a 500. They are never legitimate field names: refused as unexpected fields.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function prototypeKeyProblems(value: unknown, parent = '', depth = 0): FieldProblem[] {
  if (value === null || typeof value !== 'object' || depth > 32) return [];
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(value)) {
    const field = Array.isArray(value) ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
    if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key)) problems.push({ field, code: 'whitelistValidation', params: {} });
    else problems.push(...prototypeKeyProblems((value as Record<string, unknown>)[key], field, depth + 1));
  }
  return problems;
}

class PonteValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problems = metadata.type === 'custom' ? [] : prototypeKeyProblems(value);
    if (metadata.type === 'body' || metadata.type === 'query') problems.push(...controlCharacterProblems(value, metadata.data ?? ''));
    if (problems.length) throw validationProblem(problems);
    return super.transform(value, metadata);
  }
}

type MetadataLookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];
const remembered = new WeakSet<object>();

/**
 * class-validator looks a class's rules up on every validation by testing the class against
 * every decorated class for inheritance (~60 here): 40 of the 67 us a query DTO took. The rules
 * are fixed once the DTO classes are defined, so each lookup is kept (same arguments, same
 * answer; the arrays are only read).
 */
export function rememberValidationRules(): void {
  const storage = getMetadataStorage();
  if (remembered.has(storage)) return;
  remembered.add(storage);
  const lookup: MetadataLookup = storage.getTargetValidationMetadatas.bind(storage);
  const known = new Map<unknown, Map<string, ReturnType<MetadataLookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let byArguments = known.get(target);
    if (!byArguments) known.set(target, (byArguments = new Map()));
    let rules = byArguments.get(key);
    if (!rules) byArguments.set(key, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
}

/** Strips nothing silently: unknown fields are refused, each named, together with the other errors. */
export function createValidationPipe(): ValidationPipe {
  rememberValidationRules();
  return new PonteValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
  });
}
