import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, lazy, useEffect } from 'react';
import { StrukturCanvas } from '../editors/struktur/StrukturCanvas';
import { useStore } from '../editor/createStore';
import { openFile } from '../editor/documentActions';
import { Dialogs } from './Dialogs';
import { ErrorBoundary } from './ErrorBoundary';
import { FindingsPanel } from './FindingsPanel';
import { FirstScreen } from './FirstScreen';
import { Palette } from '../editors/struktur/Palette';
import { PropertiesPanel } from '../editors/struktur/PropertiesPanel';
import { presentationClass } from './presentation/presenter';
import { StatusBar } from './StatusBar';
import { Toast } from './Toast';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { Toolbar } from './Toolbar';
import { useLint } from './useLint';
import { ViewTabs } from './ViewTabs';
import { useEditor } from '../editor/context';

// The Tim Kerja and peta views load when first opened: the struktur editor starts without their code.
const MapNavigator = lazy(() => import('../editors/peta/MapNavigator').then((m) => ({ default: m.MapNavigator })));
const PetaProperties = lazy(() => import('../editors/peta/PetaProperties').then((m) => ({ default: m.PetaProperties })));
const PetaView = lazy(() => import('../editors/peta/PetaView').then((m) => ({ default: m.PetaView })));
const TeamEditor = lazy(() => import('../editors/tim/TeamEditor').then((m) => ({ default: m.TeamEditor })));
// presentation mode loads when its panel opens or a presentation starts
const Presentation = lazy(() => import('./presentation/Presentation').then((m) => ({ default: m.Presentation })));
// the Reviu panel (catatan reviu and the desk's files) loads when first opened
const ReviuPanel = lazy(() => import('../editors/reviu/ReviuPanel').then((m) => ({ default: m.ReviuPanel })));
const TeamsPanel = lazy(() => import('../editors/tim/TeamsPanel').then((m) => ({ default: m.TeamsPanel })));

/**
 * The first Tab stop of the editor: straight to the canvas (its first box or symbol), past the toolbar, the tabs
 * and the side list, so a keyboard user does not walk eighty controls to reach the drawing.
 */
function SkipLink() {
  const toCanvas = (e: React.MouseEvent) => {
    e.preventDefault();
    const main = document.getElementById('kanvas');
    // a box or symbol first; a canvas with none yet gets its first control
    const first = main?.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]') ?? main?.querySelector<HTMLElement>('button, [tabindex="0"]');
    (first ?? main)?.focus();
  };
  return (
    <a className="skip-link" href="#kanvas" onClick={toCanvas} data-testid="skip-canvas">
      Langsung ke kanvas
    </a>
  );
}

function Loading() {
  return <div className="muted loading">Memuat…</div>;
}

export function App() {
  const editor = useEditor();
  const hasDoc = useStore(editor, (s) => s.doc !== null);
  const presenting = useStore(editor.presentation, presentationClass);

  useEffect(() => {
    const handleKeyDown = (e: KeyboardEvent) => editor.actions.handleKeyDown(e);
    window.addEventListener('keydown', handleKeyDown);
    // Dropping a file anywhere on the window opens it (JSON) or starts an import (CSV/XLSX).
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void openFile(editor, file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', handleKeyDown);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [editor]);

  return (
    <div className={presenting ? `app ${presenting}` : 'app'}>
      {/* last line of defence: whatever fails to render, the page keeps a message and a download, never blank */}
      <ErrorBoundary area="Aplikasi">{hasDoc ? <Editor /> : <FirstScreen />}</ErrorBoundary>
      <ErrorBoundary area="Dialog">
        <Dialogs />
      </ErrorBoundary>
      <Toast />
      <UpdatePrompt />
    </div>
  );
}

function Editor() {
  const editor = useEditor();
  const presentationShown = useStore(editor.presentation, (s) => s.active || s.panelOpen);
  useLint();
  const teams = useStore(editor, (s) => s.view === 'tim');
  const peta = useStore(editor, (s) => s.view === 'peta');
  const reviu = useStore(editor.review, (s) => s.panelOpen);
  return (
    <ReactFlowProvider>
      <SkipLink />
      <ErrorBoundary area="Bilah alat">
        <Toolbar />
      </ErrorBoundary>
      <ViewTabs />
      <div className="workspace">
        {peta ? (
          <ErrorBoundary area="Daftar peta">
            <Suspense fallback={<Loading />}>
              <MapNavigator />
            </Suspense>
          </ErrorBoundary>
        ) : teams ? (
          <ErrorBoundary area="Daftar Tim Kerja">
            <Suspense fallback={<Loading />}>
              <TeamsPanel />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <Palette />
        )}
        <main className="main" id="kanvas" tabIndex={-1}>
          {peta ? (
            <ErrorBoundary area="Peta proses bisnis">
              <Suspense fallback={<Loading />}>
              <PetaView />
            </Suspense>
            </ErrorBoundary>
          ) : (
            <ErrorBoundary area="Kanvas struktur">
              <StrukturCanvas />
            </ErrorBoundary>
          )}
        </main>
        <aside className={teams ? 'sidebar team-sidebar' : 'sidebar'} aria-label="Panel samping">
          {reviu ? (
            <ErrorBoundary area="Panel Reviu">
              <Suspense fallback={<Loading />}>
                <ReviuPanel />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <ErrorBoundary area={teams ? 'Panel Tim Kerja' : 'Panel properti'}>
              <Suspense fallback={<Loading />}>
                {peta ? <PetaProperties /> : teams ? <TeamEditor /> : <PropertiesPanel />}
              </Suspense>
            </ErrorBoundary>
          )}
          <ErrorBoundary area="Panel temuan">
            <FindingsPanel />
          </ErrorBoundary>
        </aside>
      </div>
      <StatusBar />
      {presentationShown && (
        <ErrorBoundary area="Presentasi">
          <Suspense fallback={null}>
            <Presentation />
          </Suspense>
        </ErrorBoundary>
      )}
    </ReactFlowProvider>
  );
}
