// Messages between content scripts, extension pages and the worker. The worker validates every
// incoming message against these schemas (and checks the sender) before acting on it.
import { z } from './zod';
import { App, Report } from './schema';

const Key = z.string().check(z.maxLength(200));

const Ack = z.object({
  kind: z.literal('ack'),
  tabId: z.optional(z.number()),
  app: App,
  itemKey: z.nullable(Key),
  ruleId: Key,
  reason: z.optional(z.string().check(z.maxLength(500))),
});

export const ContentMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), report: Report }),
  z.object({ kind: z.literal('clear'), app: App }),
  /** "I understand" from the in-page tip */
  Ack,
  /** the tip asks for rule texts (content scripts do not bundle them) */
  z.object({ kind: z.literal('rule-texts'), app: App, ruleIds: z.array(Key).check(z.maxLength(20)) }),
  /** a finding worth a tip appeared: inject the tip script into this frame (once per document) */
  z.object({ kind: z.literal('load-tip') }),
  /** the merged policy (admin over user over defaults) the rules run with */
  z.object({ kind: z.literal('get-policy') }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

export const PageMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tab-state'), tabId: z.number() }),
  Ack,
  z.object({ kind: z.literal('unack'), app: App, itemKey: z.nullable(Key), ruleId: Key }),
  z.object({
    kind: z.literal('remind'),
    app: App,
    itemKey: z.nullable(Key),
    ruleId: Key,
    title: z.string().check(z.maxLength(300)),
    url: z.string().check(z.maxLength(2000)),
    days: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
  }),
]);
export type PageMessage = z.infer<typeof PageMessage>;

export { ackKey } from './keys';
