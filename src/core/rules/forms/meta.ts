// Texts and legal basis of the forms rules, in catalog order (extension pages import this, content scripts do not).
import type { RuleMeta } from '../../rule';
import { summaryPublicMeta } from './summary-public.meta';
import { sensitiveDataMeta } from './sensitive-data.meta';
import { identifierMeta } from './identifier.meta';
import { noNoticeMeta } from './no-notice.meta';
import { openToAnyoneMeta } from './open-to-anyone.meta';

export const formsMeta: readonly RuleMeta[] = [summaryPublicMeta, sensitiveDataMeta, identifierMeta, noNoticeMeta, openToAnyoneMeta];
