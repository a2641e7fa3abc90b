// public/managed_schema.json must be a schema Chrome accepts (an invalid one stops the extension from
// loading), must describe every policy key with the type the code expects, and the admin examples in
// docs/admin must conform to it and merge without a single issue.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, LIMITS, mergePolicy, POLICY_KEYS } from '../../../src/core/policy';
import { RULE_IDS } from '../../../src/core/rules/ids';
import { conforms, schemaProblems } from './chrome-schema';

const ROOT = resolve(__dirname, '../../..');
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const schema = json('public/managed_schema.json');
const GECKO_ID = 'campus-privacy-guard@campus-privacy-guard.invalid';

describe('checker sanity (it does reject what Chrome rejects)', () => {
  it.each([
    [{ type: 'array', items: { type: 'string' } }, 'top-level type'],
    [{ type: 'object', additionalProperties: { type: 'string' } }, 'additionalProperties'],
    [{ type: 'object', properties: { a: { title: 'no type' } } }, 'exactly one'],
    [{ type: 'object', properties: { a: { type: 'array' } } }, 'need "items"'],
    [{ type: 'object', properties: { a: { type: 'string', format: 'email' } } }, '"format" is not supported'],
    [{ type: 'object', properties: { a: { type: 'int' } } }, 'bad type'],
    [{ type: 'object', properties: { a: { type: 'string', enum: [1] } } }, 'is not string'],
    [{ type: 'object', properties: { a: { type: 'integer', minimum: 5, maximum: 1 } } }, 'minimum > maximum'],
    [{ type: 'object', properties: { a: { type: 'string', pattern: '(' } } }, 'invalid regular'],
  ])('%j → %s', (bad, msg) => {
    expect(schemaProblems(bad).join('\n')).toContain(msg);
  });
});

describe('public/managed_schema.json', () => {
  it('is referenced by the manifest and shipped at the extension root', () => {
    expect(json('manifest.json').storage.managed_schema).toBe('managed_schema.json');
    expect(existsSync(join(ROOT, 'public/managed_schema.json'))).toBe(true);
  });

  it('is a valid Chrome managed-storage schema', () => {
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('declares exactly the policy keys, each with the right type, range and choices', () => {
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(props).sort()).toEqual([...POLICY_KEYS].sort());
    expect(props.schoolType).toMatchObject({ type: 'string', enum: ['public', 'private'] });
    expect(props.language).toMatchObject({ type: 'string', enum: ['auto', 'zh-TW', 'en'] });
    for (const k of ['schoolDomains', 'rosterTerms', 'disabledRules']) {
      expect(props[k]).toMatchObject({ type: 'array', items: { type: 'string' } });
    }
    expect(props.coeditorThreshold).toMatchObject({ type: 'integer', minimum: LIMITS.coeditorThreshold.min, maximum: LIMITS.coeditorThreshold.max });
    expect(props.retentionDays).toMatchObject({ type: 'integer', minimum: LIMITS.retentionDays.min, maximum: LIMITS.retentionDays.max });
    for (const [k, p] of Object.entries(props)) {
      expect(typeof p.title, k).toBe('string');
      expect(String(p.title), k).toMatch(/[\u4e00-\u9fff]/); // bilingual titles for the Admin console
      expect(typeof p.description, k).toBe('string');
    }
    // a rule-id enum, if one is ever added, must list exactly the registry's ids
    const items = props.disabledRules!.items as { enum?: string[] };
    if (items.enum) expect([...items.enum].sort()).toEqual([...RULE_IDS].sort());
  });

  it('accepts the default policy', () => {
    expect(conforms(DEFAULT_POLICY, schema)).toBe(true);
  });
});

describe('docs/admin examples', () => {
  it('google-admin-policy.json: every key, wrapped in {"Value": …}, conforming, merging without issues', () => {
    const doc = json('docs/admin/google-admin-policy.json') as Record<string, { Value: unknown }>;
    expect(Object.keys(doc).sort()).toEqual([...POLICY_KEYS].sort());
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(doc)) {
      expect(Object.keys(v), k).toEqual(['Value']);
      values[k] = v.Value;
    }
    expect(conforms(values, schema)).toBe(true);
    const m = mergePolicy(values, undefined, RULE_IDS);
    expect(m.issues).toEqual([]);
    expect(m.locked.sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('firefox-policies.json: 3rdparty policy for our gecko id (read through storage.managed) and a force-install entry', () => {
    const doc = json('docs/admin/firefox-policies.json');
    expect(Object.keys(doc)).toEqual(['policies']);
    expect(readFileSync(join(ROOT, 'vite.config.ts'), 'utf8')).toContain(`GECKO_ID = '${GECKO_ID}'`);
    const values = doc.policies['3rdparty'].Extensions[GECKO_ID];
    expect(Object.keys(values).sort()).toEqual([...POLICY_KEYS].sort());
    expect(conforms(values, schema)).toBe(true);
    expect(mergePolicy(values, undefined, RULE_IDS).issues).toEqual([]);
    const install = doc.policies.ExtensionSettings[GECKO_ID];
    expect(install.installation_mode).toBe('force_installed');
    expect(install.install_url).toMatch(/^https:\/\/.+\.xpi$/);
  });

  it('both examples say the same thing', () => {
    const g = json('docs/admin/google-admin-policy.json') as Record<string, { Value: unknown }>;
    const f = json('docs/admin/firefox-policies.json').policies['3rdparty'].Extensions[GECKO_ID];
    expect(Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v.Value]))).toEqual(f);
  });
});
