// @vitest-environment happy-dom
// A render error in one panel stays in that panel: its neighbours keep working, the message names the panel and
// offers the download, and "Coba lagi" renders it again. Proven on the real App composition with one panel made to
// fail by a test double (vi.mock) — production code has no test hook.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';
import { EditorProvider } from '../../../src/editor/context';
import { createEditor } from '../../../src/editor/Editor';
import { memoryStorage } from '../../../src/editor/storage';
import type { Editor } from '../../../src/editor/types';
import { registerShellActions } from '../../../src/ui/shellActions';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { count, createTally } from './helpers';

const tally = createTally('render-errors');

// the properties panel fails while `failing.properties` is set; the canvas is a stub (React Flow needs layout APIs
// happy-dom does not have, and it is not what this test is about)
const failing = vi.hoisted(() => ({ properties: true }));
vi.mock('../../../src/editors/struktur/PropertiesPanel', () => ({
  PropertiesPanel: () => {
    if (failing.properties) throw new Error('kegagalan uji di panel properti');
    return <section data-testid="properties">Properti</section>;
  },
}));
vi.mock('../../../src/editors/struktur/StrukturCanvas', () => ({
  StrukturCanvas: () => <div data-testid="struktur-canvas">kanvas</div>,
  FIT_VIEW_OPTIONS: {},
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let consoleError: ReturnType<typeof vi.spyOn>;
let editor: Editor;

beforeEach(() => {
  // made as main.tsx makes it
  editor = createEditor({ storage: memoryStorage(), env: { window: null } });
  registerShellActions(editor);
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  // React reports caught render errors on console.error; the boundary adds its own line
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root.unmount());
  editor.dispose();
  container.remove();
  consoleError.mockRestore();
});

function Boom({ when }: { when: () => boolean }) {
  if (when()) throw new Error('rusak');
  return <p data-testid="ok">baik</p>;
}

const q = (sel: string) => container.querySelectorAll(sel);

describe('ErrorBoundary', () => {
  it('contains the failure to its own panel; the neighbour renders; "Coba lagi" recovers', () => {
    let broken = true;
    act(() =>
      root.render(
        <EditorProvider editor={editor}>
          <ErrorBoundary area="Panel A">
            <Boom when={() => broken} />
          </ErrorBoundary>
          <ErrorBoundary area="Panel B">
            <Boom when={() => false} />
          </ErrorBoundary>
        </EditorProvider>,
      ),
    );
    count(tally.faults, 'render error in one panel');
    const errors = q('[data-testid="panel-error"]');
    expect(errors).toHaveLength(1);
    expect(errors[0].textContent).toContain('Panel A gagal ditampilkan.');
    expect(errors[0].textContent).toContain('rusak');
    expect(errors[0].textContent).toContain('Simpan berkas');
    expect(q('[data-testid="ok"]')).toHaveLength(1);
    expect(consoleError.mock.calls.some((c: unknown[]) => c[0] === 'Panel A gagal ditampilkan')).toBe(true);

    broken = false;
    const retry = [...errors[0].querySelectorAll('button')].find((b) => b.textContent === 'Coba lagi')!;
    act(() => retry.click());
    expect(q('[data-testid="panel-error"]')).toHaveLength(0);
    expect(q('[data-testid="ok"]')).toHaveLength(2);
  });
});

// importing the whole App takes seconds on a loaded machine
describe('App with a failing properties panel', { timeout: 60_000 }, () => {
  it('shows the panel message; toolbar, canvas and findings keep working', async () => {
    const { App } = await import('../../../src/ui/App');
    failing.properties = true;
    act(() => editor.openDocument(createDinasContoh()));
    act(() =>
      root.render(
        <EditorProvider editor={editor}>
          <App />
        </EditorProvider>,
      ),
    );
    count(tally.faults, 'render error in the app composition');
    const errors = q('[data-testid="panel-error"]');
    expect(errors).toHaveLength(1);
    expect(errors[0].textContent).toContain('Panel properti gagal ditampilkan.');
    expect(q('[role="toolbar"]')).toHaveLength(1);
    expect(q('[data-testid="struktur-canvas"]')).toHaveLength(1);
    expect(q('[data-testid="findings"]')).toHaveLength(1);
    expect(q('[data-testid="statusbar"]')).toHaveLength(1);
    // the document itself is untouched: it lives in the editor object, not in the failed component
    expect(Object.keys(editor.get().doc!.positions).length).toBeGreaterThan(50);

    failing.properties = false;
    const retry = [...errors[0].querySelectorAll('button')].find((b) => b.textContent === 'Coba lagi')!;
    act(() => retry.click());
    expect(q('[data-testid="panel-error"]')).toHaveLength(0);
    expect(q('[data-testid="properties"]')).toHaveLength(1);
  });
});
