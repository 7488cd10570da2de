// Which box the pointer is over while dragging, and whether dropping there is allowed. Kept apart from the
// document store so that only the one target box re-renders as the pointer moves.
import { createStore } from './createStore';

export type DropVerdict = 'ok' | 'warn' | 'refuse';

export interface DropTargetState {
  targetId: string | null;
  verdict: DropVerdict;
  message: string;
  citation: string;
  /** the rule the tip speaks for, and the severity its finding will have (the tip takes that colour) */
  ruleId?: string;
  severity?: 'error' | 'warning';
}

export const dropTarget = createStore<DropTargetState>({ targetId: null, verdict: 'ok', message: '', citation: '' });

export function clearDropTarget(): void {
  if (dropTarget.get().targetId !== null) dropTarget.set({ targetId: null, verdict: 'ok', message: '', citation: '' });
}
