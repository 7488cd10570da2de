import { Suspense, lazy } from 'react';
import { useStore } from './createStore';
import { editor } from './editorStore';
import { DeleteDialog } from './DeleteDialog';
import { DocumentsDialog } from './DocumentsDialog';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { RuleDialog } from './RuleDialog';
import { DeleteTeamDialog, TeamDocumentDialog } from './teams/TeamDialogs';

// The gallery builds its templates' previews: its code loads when first opened.
const TemplatesGallery = lazy(() => import('./TemplatesGallery'));

export function Dialogs() {
  const dialog = useStore(editor, (s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.type) {
    case 'delete':
      return <DeleteDialog ids={dialog.ids} />;
    case 'documents':
      return <DocumentsDialog />;
    case 'import':
      return <ImportDialog file={dialog.file} />;
    case 'rule':
      return <RuleDialog ruleId={dialog.ruleId} />;
    case 'export':
      return <ExportDialog />;
    case 'deleteTeam':
      return <DeleteTeamDialog teamId={dialog.teamId} />;
    case 'teamDocument':
      return <TeamDocumentDialog teamId={dialog.teamId} document={dialog.document} />;
    case 'templates':
      return (
        <Suspense fallback={null}>
          <TemplatesGallery />
        </Suspense>
      );
  }
}

export function Modal({ title, children, onClose, wide }: { title: string; children: React.ReactNode; onClose: () => void; wide?: boolean }) {
  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className={`modal ${wide ? 'modal-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title}>
        <div className="modal-head">
          <h2>{title}</h2>
          <button className="modal-close" onClick={onClose} aria-label="Tutup">
            ×
          </button>
        </div>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}

export function closeDialog(): void {
  editor.set({ dialog: null });
}
