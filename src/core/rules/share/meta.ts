// Texts and legal basis of the share rules, in catalog order (extension pages import this, content scripts do not).
import type { RuleMeta } from '../../rule';
import { anyoneCanEditMeta } from './anyone-can-edit.meta';
import { rosterPublicMeta } from './roster-public.meta';
import { anyoneWithLinkMeta } from './anyone-with-link.meta';
import { rosterCoeditingMeta } from './roster-coediting.meta';
import { externalEditorMeta } from './external-editor.meta';

export const shareMeta: readonly RuleMeta[] = [anyoneCanEditMeta, rosterPublicMeta, anyoneWithLinkMeta, rosterCoeditingMeta, externalEditorMeta];
