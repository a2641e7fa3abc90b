// Content script for the share dialog: runs in every frame of Docs/Sheets/Slides/Forms editors and
// Drive. In the /drivesharing/driveshare frame it reads the dialog; in the top frame it reads the
// inline dialog variant when present, else the editor's Share button label.
import { shareRules } from '../core/rules/share';
import { isShareDialogFrame } from '../sites/detect';
import { readShareDialog, readShareTop, shareObserveRoot } from '../sites/share/reader';
import { startGuard } from './guard';
import { lazyTip } from './lazy-tip';

const top = window === window.top;
const frame = !top && isShareDialogFrame(location.href);

if (top || frame) {
  const tip = lazyTip('share');
  startGuard({
    app: 'share',
    read: (doc, url, changed) => (frame ? readShareDialog(doc, url, changed) : readShareTop(doc, url, changed)),
    rules: shareRules,
    scope: shareObserveRoot,
    onReport: tip.update,
    ignore: tip.host,
  });
}
