import { Suspense, lazy } from 'react';
import { useStore } from '../editor/createStore';
import { DeleteDialog } from '../editors/struktur/DeleteDialog';
import { DocumentsDialog } from './DocumentsDialog';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { RuleDialog } from './RuleDialog';
import { DeleteTeamDialog, TeamDocumentDialog } from '../editors/tim/TeamDialogs';
import { useEditor } from '../editor/context';

// The gallery builds its templates' previews: its code loads when first opened.
const TemplatesGallery = lazy(() => import('./TemplatesGallery'));
const MergeJabatanDialog = lazy(() => import('../editors/struktur/MergeJabatanDialog').then((m) => ({ default: m.MergeJabatanDialog })));
// the map dialogs come with the Peta view's code
const DeleteProcessDialog = lazy(() => import('../editors/peta/MapDialogs').then((m) => ({ default: m.DeleteProcessDialog })));
// the reviewer's desk (compare, penyetaraan, note take-over) loads when one of its dialogs opens
const NoteImportDialog = lazy(() => import('../editors/reviu/NoteImportDialog').then((m) => ({ default: m.NoteImportDialog })));
const CompareDialog = lazy(() => import('../editors/reviu/CompareDialog').then((m) => ({ default: m.CompareDialog })));
const PenyetaraanDialog = lazy(() => import('../editors/reviu/PenyetaraanDialog').then((m) => ({ default: m.PenyetaraanDialog })));
const DeleteLaneDialog = lazy(() => import('../editors/peta/MapDialogs').then((m) => ({ default: m.DeleteLaneDialog })));

// co-editing: the join form and the room's people (the Yjs code itself loads only on Gabung)
const CollabDialog = lazy(() => import('./collab/CollabDialog'));
// the Pemda workspace: its rekaps, checks and files load when it is first opened
const RuangKerja = lazy(() => import('./workspace/RuangKerja'));

export function Dialogs() {
  const editor = useEditor();
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
    case 'deleteProcess':
      return (
        <Suspense fallback={null}>
          <DeleteProcessDialog mapId={dialog.mapId} processId={dialog.processId} />
        </Suspense>
      );
    case 'deleteLane':
      return (
        <Suspense fallback={null}>
          <DeleteLaneDialog mapId={dialog.mapId} laneId={dialog.laneId} />
        </Suspense>
      );
    case 'noteImport':
      return (
        <Suspense fallback={null}>
          <NoteImportDialog />
        </Suspense>
      );
    case 'compare':
      return (
        <Suspense fallback={null}>
          <CompareDialog />
        </Suspense>
      );
    case 'penyetaraan':
      return (
        <Suspense fallback={null}>
          <PenyetaraanDialog />
        </Suspense>
      );
    case 'mergeJabatan':
      return (
        <Suspense fallback={null}>
          <MergeJabatanDialog />
        </Suspense>
      );
    case 'ruangKerja':
      return (
        <Suspense fallback={null}>
          <RuangKerja />
        </Suspense>
      );
    case 'collab':
      return (
        <Suspense fallback={null}>
          <CollabDialog />
        </Suspense>
      );
    case 'templates':
      return (
        <Suspense fallback={null}>
          <TemplatesGallery />
        </Suspense>
      );
  }
}
