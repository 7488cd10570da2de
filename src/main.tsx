import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
// Arimo has Arial's (and so Helvetica's) glyph widths: boxes are measured with those widths (src/io/text), so a
// machine without Arial or Liberation Sans still draws the names as they were fitted and as they print
import '@fontsource/arimo/latin-400.css';
import '@fontsource/arimo/latin-400-italic.css';
import '@fontsource/arimo/latin-700.css';
import '@fontsource/arimo/latin-700-italic.css';
import './ui/styles.css';
import { App } from './ui/App';
import { EditorProvider } from './editor/context';
import { createEditor } from './editor/Editor';
import { browserStorage } from './editor/storage';
import { registerShellActions } from './ui/shellActions';
import { framedByOtherOrigin, showFrameRefusal } from './ui/frameGuard';

const root = document.getElementById('root')!;
if (framedByOtherOrigin()) {
  // nothing starts under another site's frame: not the storage, not the editor, not the service worker
  showFrameRefusal(root, location.href);
} else {
  // The one editor of this page: every screen reaches it through useEditor(), nothing else makes one.
  const editor = createEditor({ storage: browserStorage() });
  registerShellActions(editor);
  // a tab that was in a room before a reload is offered «Gabung lagi» (never joined by itself)
  void editor.persistence.init().then(() => editor.collab.offerRejoin());
  createRoot(root).render(
    <StrictMode>
      <EditorProvider editor={editor}>
        <App />
      </EditorProvider>
    </StrictMode>,
  );
}
