// Content script for YouTube Studio (upload dialog and video edit page). Studio is a single-page
// app: the guard keeps observing and the reader returns null where there is nothing to check.
import { studioRules } from '../core/rules/studio';
import { readStudio, studioObserveRoot } from '../sites/studio/reader';
import { startGuard } from './guard';
import { lazyTip } from './lazy-tip';

if (window === window.top) {
  const tip = lazyTip('studio');
  startGuard({
    app: 'studio',
    read: readStudio,
    rules: studioRules,
    scope: studioObserveRoot,
    onReport: tip.update,
    ignore: tip.host,
  });
}
