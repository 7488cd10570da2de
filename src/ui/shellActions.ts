// Actions defined above the editor: the shell adds them to the editor's registry once, in main.tsx, so the
// keyboard, the toolbar and the shortcut list reach them as they reach every other action.
import type { Editor } from '../editor/types';
import { startPresentation } from './presentation/presenter';

export function registerShellActions(editor: Editor): void {
  // F5 as in slide software; while presenting, presentation/Presentation.tsx takes every key before these
  editor.actions.register({
    id: 'present',
    label: 'Mulai presentasi',
    shortcut: 'F5',
    keyTest: (e) => e.key === 'F5' && !(e.ctrlKey || e.metaKey) && !e.shiftKey,
    enabled: (ed) => ed.get().doc !== null,
    perform: (ed) => startPresentation(ed, 0),
    whileTyping: true,
  });
}
