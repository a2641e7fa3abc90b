// Lab bundle for `npm run bench -- --profile`: the readers and rules exposed on globalThis, unminified, so a page
// can be read and profiled step by step without the extension around it. Never shipped.
import { evaluate } from '../../src/core/engine';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { formsRules } from '../../src/core/rules/forms';
import { shareRules } from '../../src/core/rules/share';
import { changesFrom } from '../../src/sites/changes';
import { readForms } from '../../src/sites/forms/reader';
import { readShareButton, readShareDialog } from '../../src/sites/share/reader';

(globalThis as unknown as { __cpgLab: unknown }).__cpgLab = {
  readForms,
  changesFrom,
  readShareDialog,
  readShareButton,
  evaluate,
  formsRules,
  shareRules,
  DEFAULT_POLICY,
};
