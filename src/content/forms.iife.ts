// Content script for the Google Forms editor (top frame). Self-contained IIFE: no loader, no
// web-accessible chunks (DESIGN: pages must not be able to fingerprint the extension).
import { formsRules } from '../core/rules/forms';
import { isFormsEditor } from '../sites/detect';
import { formsObserveRoot, readForms } from '../sites/forms/reader';
import { startGuard } from './guard';
import { lazyTip } from './lazy-tip';

if (window === window.top && isFormsEditor(location.href)) {
  const tip = lazyTip('forms');
  startGuard({
    app: 'forms',
    read: (doc, url, changed) => (isFormsEditor(url) ? readForms(doc, url, changed) : null),
    rules: formsRules,
    scope: formsObserveRoot,
    onReport: tip.update,
    ignore: tip.host,
  });
}
