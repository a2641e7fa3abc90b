// A checker for Chrome's managed-storage schema dialect (developer.chrome.com "Manifest for managed
// storage": JSON Schema draft-03 subset; the top level must be an object without additionalProperties;
// every schema has exactly one of `type` or `$ref`). Chrome refuses to load an extension whose schema
// is invalid, so the schema is checked structurally here, plus a small validator to check example
// policies against it the way Chrome filters values before exposing them through storage.managed.

export const CHROME_SCHEMA_ATTRS = new Set([
  'type',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'required',
  '$ref',
  'id',
  'title',
  'description',
  'sensitiveValue',
]);
export const CHROME_TYPES = new Set(['null', 'boolean', 'integer', 'number', 'string', 'array', 'object']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = Record<string, Json>;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}
const fitsType = (v: unknown, t: string) => typeOf(v) === t || (t === 'number' && typeOf(v) === 'integer');

/** Structural problems of a schema (empty = Chrome accepts it). */
export function schemaProblems(schema: unknown, path = '$', top = true): string[] {
  const out: string[] = [];
  if (!isObj(schema)) return [`${path}: not an object`];
  for (const k of Object.keys(schema)) if (!CHROME_SCHEMA_ATTRS.has(k)) out.push(`${path}: attribute "${k}" is not supported`);
  const hasType = 'type' in schema;
  const hasRef = '$ref' in schema;
  if (hasType === hasRef) out.push(`${path}: needs exactly one of "type" or "$ref"`);
  if (hasType && (typeof schema.type !== 'string' || !CHROME_TYPES.has(schema.type))) out.push(`${path}: bad type ${JSON.stringify(schema.type)}`);
  const t = schema.type as string;
  if (top) {
    if (t !== 'object') out.push(`${path}: top-level type must be "object"`);
    if ('additionalProperties' in schema) out.push(`${path}: top-level object can't have additionalProperties`);
  }
  for (const k of ['title', 'description', 'id', 'pattern', '$ref'] as const) {
    if (k in schema && typeof schema[k] !== 'string') out.push(`${path}.${k}: must be a string`);
  }
  if ('properties' in schema) {
    if (t !== 'object') out.push(`${path}: "properties" only on objects`);
    if (!isObj(schema.properties)) out.push(`${path}.properties: must be an object`);
    else for (const [k, v] of Object.entries(schema.properties)) out.push(...schemaProblems(v, `${path}.properties.${k}`, false));
  }
  if ('additionalProperties' in schema && !top) out.push(...schemaProblems(schema.additionalProperties, `${path}.additionalProperties`, false));
  if (t === 'array') {
    if (!('items' in schema)) out.push(`${path}: arrays need "items"`);
    else out.push(...schemaProblems(schema.items, `${path}.items`, false));
  } else if ('items' in schema) out.push(`${path}: "items" only on arrays`);
  if ('enum' in schema) {
    if (!Array.isArray(schema.enum) || schema.enum.length === 0) out.push(`${path}.enum: must be a non-empty array`);
    else {
      if (!['string', 'integer'].includes(t)) out.push(`${path}.enum: only on string or integer`);
      for (const v of schema.enum) if (!fitsType(v, t)) out.push(`${path}.enum: ${JSON.stringify(v)} is not ${t}`);
      if (new Set(schema.enum).size !== schema.enum.length) out.push(`${path}.enum: duplicates`);
    }
  }
  for (const k of ['minimum', 'maximum'] as const) {
    if (k in schema) {
      if (typeof schema[k] !== 'number') out.push(`${path}.${k}: must be a number`);
      if (t !== 'integer' && t !== 'number') out.push(`${path}.${k}: only on numbers`);
    }
  }
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number' && schema.minimum > schema.maximum) {
    out.push(`${path}: minimum > maximum`);
  }
  if ('pattern' in schema) {
    if (t !== 'string') out.push(`${path}.pattern: only on strings`);
    try {
      new RegExp(String(schema.pattern));
    } catch {
      out.push(`${path}.pattern: invalid regular expression`);
    }
  }
  return out;
}

/** Whether a value conforms (the check Chrome applies to each policy value). */
export function conforms(value: unknown, schema: Schema): boolean {
  const t = schema.type as string;
  if (!fitsType(value, t)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as Json)) return false;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
  }
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) return false;
  if (Array.isArray(value)) return value.every((v) => conforms(v, schema.items as Schema));
  if (isObj(value) && isObj(schema.properties)) {
    for (const [k, v] of Object.entries(value)) {
      const sub = (schema.properties as Record<string, Schema>)[k];
      if (sub && !conforms(v, sub)) return false;
    }
  }
  return true;
}
