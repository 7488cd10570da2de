// The latest lint result as the canvas and panels read it: findings plus the worst severity per element.
import type { Finding, Severity } from '../rules/types';
import { createStore } from './createStore';

export interface FindingsView {
  findings: Finding[];
  worstBySubject: Map<string, Severity>;
  counts: { error: number; warning: number; info: number };
}

export const findingsView = createStore<FindingsView>({
  findings: [],
  worstBySubject: new Map(),
  counts: { error: 0, warning: 0, info: 0 },
});
