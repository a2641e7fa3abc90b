// Stands in for the in-page tip inside the content scripts: asks the worker to inject the real tip
// (src/content/tip.iife.ts) the first time a high or warn violation appears, then forwards updates.
import type { Policy } from '../core/policy';
import type { App, Report } from '../core/schema';
import { ext } from '../platform/browser';
import type { TipController } from './tip';

interface TipModule {
  mountTip(app: App): TipController;
}

const wantsTip = (r: Report | null): boolean =>
  !!r && r.results.some((x) => x.status === 'violation' && (x.severity === 'high' || x.severity === 'warn'));

export function lazyTip(app: App): TipController {
  let real: TipController | null = null;
  let requested = false;
  let latest: [Report | null, Policy] | null = null;

  const mount = () => {
    const mod = (globalThis as unknown as { __cpgTip?: TipModule }).__cpgTip;
    if (!mod || real) return;
    real = mod.mountTip(app);
    if (latest) real.update(latest[0], latest[1]);
  };

  return {
    update(report, policy) {
      latest = [report, policy];
      if (real) {
        real.update(report, policy);
        return;
      }
      if (requested || !wantsTip(report)) return;
      requested = true;
      if ((globalThis as unknown as { __cpgTip?: TipModule }).__cpgTip) {
        mount();
        return;
      }
      try {
        ext()
          ?.runtime.sendMessage({ kind: 'load-tip' })
          .then(mount, () => {
            requested = false;
          });
      } catch {
        requested = false;
      }
    },
    host: () => real?.host() ?? null,
  };
}
