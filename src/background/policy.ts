// The policy in force: admin-managed (storage.managed) over the user's options over the defaults.
import browser from '../platform/polyfill';
import { mergePolicy, type MergedPolicy } from '../core/policy';
import { RULE_IDS } from '../core/rules/ids';

export async function loadPolicy(): Promise<MergedPolicy> {
  let managed: unknown;
  try {
    managed = await browser.storage.managed.get(null);
  } catch {
    managed = undefined; // no managed storage (Firefox without policies.json, or an unpacked build)
  }
  const user = (await browser.storage.local.get('policy'))['policy'];
  return mergePolicy(managed, user, RULE_IDS);
}
