import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import { App } from './ui/App';
import { EditorProvider } from './editor/context';
import { createEditor } from './editor/Editor';
import { browserStorage } from './editor/storage';
import { registerShellActions } from './ui/shellActions';

// The one editor of this page: every screen reaches it through useEditor(), nothing else makes one.
const editor = createEditor({ storage: browserStorage() });
registerShellActions(editor);
void editor.persistence.init();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EditorProvider editor={editor}>
      <App />
    </EditorProvider>
  </StrictMode>,
);
