// Storage keys shared by the worker, the pages and the tip (no zod here: content scripts import it).

/** Acknowledgement key: one per app + item + rule. */
export function ackKey(app: string, itemKey: string | null, ruleId: string): string {
  return `${app}|${itemKey ?? '-'}|${ruleId}`;
}
