// In-page policy tip (issue 6). Placeholder-free minimal contract: mountTip(app) returns an
// updater and the host element to ignore in the observer. The full tip lives here.
import type { Policy } from '../core/policy';
import type { App, Report } from '../core/schema';

export interface TipController {
  update: (report: Report | null, policy: Policy) => void;
  host: () => Element | null;
}

export function mountTip(_app: App): TipController {
  return { update: () => {}, host: () => null };
}
