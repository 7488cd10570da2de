// The one canvas registry: a canvas registers (in parts) while it is shown, the toolbar and presentation reach the
// canvas of the current view through it, and an unregistered part leaves the others.
import { describe, expect, it } from 'vitest';
import { createCanvasRegistry, STRUKTUR_CANVAS } from '../../../src/editor/canvases';
import { initialEditorState } from '../../../src/editor/Editor';
import type { EditorState } from '../../../src/editor/types';

describe('canvas registry', () => {
  it('current() is the structure canvas outside Peta, the open map in Peta', () => {
    let state: EditorState = initialEditorState();
    const reg = createCanvasRegistry(() => state);
    const fit = () => {};
    reg.register(STRUKTUR_CANVAS, { fit });
    reg.register('map_1', { rapikan: () => {} });
    expect(reg.current()?.fit).toBe(fit);
    state = { ...state, view: 'peta', activeMapId: 'map_1' };
    expect(reg.current()?.rapikan).toBeDefined();
    state = { ...state, activeMapId: 'map_2' };
    expect(reg.current()).toBeNull();
  });

  it('parts registered under one key form one handle; unregistering one keeps the other', () => {
    const reg = createCanvasRegistry(() => initialEditorState());
    const centre = () => ({ x: 1, y: 2 });
    const offToolbar = reg.register('map_1', { rapikan: () => {} });
    const offCanvas = reg.register('map_1', { centre });
    expect(reg.handle('map_1')?.centre).toBe(centre);
    expect(reg.handle('map_1')?.rapikan).toBeDefined();
    offToolbar();
    expect(reg.handle('map_1')?.rapikan).toBeUndefined();
    expect(reg.handle('map_1')?.centre).toBe(centre);
    offCanvas();
    expect(reg.handle('map_1')).toBeNull();
    // a second call of the same unregister changes nothing
    offCanvas();
    expect(reg.get().handles.size).toBe(0);
  });
});
