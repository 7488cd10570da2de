// The canvas registers its React Flow instance here so that toolbar actions can fit or centre the view.
import type { ReactFlowInstance } from '@xyflow/react';

let instance: ReactFlowInstance | null = null;

export function registerViewport(rf: ReactFlowInstance | null): void {
  instance = rf;
}

export function viewport(): ReactFlowInstance | null {
  return instance;
}
