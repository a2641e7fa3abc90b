// Google Forms editor rules (RULES.md "Google Forms editor"), in catalog order.
import type { Rule } from '../../rule';
import { summaryPublic } from './summary-public';
import { sensitiveData } from './sensitive-data';
import { identifier } from './identifier';
import { noNotice } from './no-notice';
import { openToAnyone } from './open-to-anyone';

export const formsRules: readonly Rule[] = [summaryPublic, sensitiveData, identifier, noNotice, openToAnyone] as readonly Rule[];

export { summaryPublic, sensitiveData, identifier, noNotice, openToAnyone };
