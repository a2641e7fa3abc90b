// Binds the generator to the real registry: scripts/docs.mjs (through vite's runnerImport) and the
// staleness test both call this, so the file on disk and the test see exactly the same text.
import { CITATIONS } from '../../src/core/law';
import { RULES } from '../../src/core/rules';
import { DOC_PATH, renderRulesDoc } from './rules-doc';

export { DOC_PATH };

export function rulesDocMarkdown(): string {
  return renderRulesDoc({ rules: RULES, citations: CITATIONS });
}
