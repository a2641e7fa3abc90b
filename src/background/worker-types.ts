// Types of the worker's answers, importable by extension pages without pulling in the worker.
import type { MergedPolicy } from '../core/policy';
import type { MergedTab } from './state';

export interface TabStateResponse {
  tabId: number;
  merged: MergedTab;
  acks: Record<string, { reason?: string; at: number }>;
  policy: MergedPolicy;
  dropped: Record<string, number>;
}
