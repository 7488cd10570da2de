// The command layer: every document change the editor can make, plus execute and the undo history.
export { CommandError, defineCommand, execute, executeAll, executeAny, type Command, type Compound, type Executed } from './command';
export { emptyHistory, record, redo, undo, type History, type HistoryEntry } from './history';
export type { IdMaker } from './guards';
export { addPosition, type AddPositionArgs } from './addPosition';
export { updatePosition, applyPositionChanges, type UpdatePositionArgs, type PositionChanges } from './updatePosition';
export { movePosition, type MovePositionArgs } from './movePosition';
export { moveBoxes, type MoveBoxesArgs } from './moveBoxes';
export { mergeJabatan, type MergeJabatanArgs } from './mergeJabatan';
export { planMergeJabatan, type MergeGroup, type MergePlan } from './mergeJabatanPlan';
export { deletePositions, dependantsOf, type DeletePositionsArgs, type DependantsMode } from './deletePositions';
export { addUnit, type AddUnitArgs } from './addUnit';
export { updateUnit, type UpdateUnitArgs, type UnitChanges } from './updateUnit';
export { removeUnit, type RemoveUnitArgs } from './removeUnit';
export {
  duplicateSubtree,
  planDuplicate,
  DEFAULT_DUPLICATE_OFFSET,
  type DuplicateSubtreeArgs,
} from './duplicateSubtree';
export {
  copySubtrees,
  parseClipboardText,
  ClipboardSchema,
  CLIPBOARD_FORMAT,
  CLIPBOARD_VERSION,
  type ClipboardPayload,
} from './clipboard';
export { pasteSubtrees, planPaste, type PasteSubtreesArgs, type PastePlan } from './pasteSubtrees';
export { setProfile, type SetProfileArgs } from './setProfile';
export {
  setSeverityOverride,
  SEVERITY_SETTING_LABELS,
  type SetSeverityOverrideArgs,
} from './setSeverityOverride';
export { updateDocumentInfo, type UpdateDocumentInfoArgs } from './updateDocumentInfo';
export { restoreVersion, type RestoreVersionArgs } from './restoreVersion';
export { applyLayout, type ApplyLayoutArgs } from './applyLayout';
// Process maps (peta proses bisnis)
export { createMap, type CreateMapArgs } from './createMap';
export { updateMapMeta, type UpdateMapMetaArgs, type MapChanges } from './updateMapMeta';
export { deleteMap, type DeleteMapArgs } from './deleteMap';
export { addProcess, type AddProcessArgs } from './addProcess';
export { updateProcess, type UpdateProcessArgs, type ProcessChanges } from './updateProcess';
export { moveProcess, type MoveProcessArgs } from './moveProcess';
export { removeProcess, type RemoveProcessArgs } from './removeProcess';
export { setStakeholders, type SetStakeholdersArgs } from './setStakeholders';
export { addLane, type AddLaneArgs } from './addLane';
export { updateLane, type UpdateLaneArgs, type LaneChanges } from './updateLane';
export { reorderLanes, type ReorderLanesArgs } from './reorderLanes';
export { removeLane, type RemoveLaneArgs } from './removeLane';
export { addNode, type AddNodeArgs } from './addNode';
export { moveNodes, type MoveNodesArgs } from './moveNodes';
export { updateNode, type UpdateNodeArgs, type NodeChanges } from './updateNode';
export { removeNodes, type RemoveNodesArgs } from './removeNodes';
export { addArrow, type AddArrowArgs } from './addArrow';
export { removeArrows, type RemoveArrowsArgs } from './removeArrows';
export { relabelArrow, type RelabelArrowArgs } from './relabelArrow';
export { addStep, type AddStepArgs } from './addStep';
export { updateStep, type UpdateStepArgs } from './updateStep';
export { removeStep, type RemoveStepArgs } from './removeStep';
export { reorderSteps, type ReorderStepsArgs } from './reorderSteps';
export { pasteMapElements, type PasteMapElementsArgs } from './pasteMapElements';
export { applyMapLayout, type ApplyMapLayoutArgs } from './applyMapLayout';
export { setLabelKelompokManajemen, type SetLabelKelompokManajemenArgs } from './setLabelKelompokManajemen';
export { createTeam, type CreateTeamArgs, type TeamInput } from './createTeam';
export { updateTeam, type UpdateTeamArgs, type TeamChanges } from './updateTeam';
export { deleteTeam, type DeleteTeamArgs } from './deleteTeam';
export { duplicateTeam, planDuplicateTeam, type DuplicateTeamArgs } from './duplicateTeam';
export { addTeamMember, type AddTeamMemberArgs, type TeamMemberInput } from './addTeamMember';
export { updateTeamMember, type UpdateTeamMemberArgs, type TeamMemberChanges } from './updateTeamMember';
export { removeTeamMember, type RemoveTeamMemberArgs } from './removeTeamMember';
export { setTeamKetua, type SetTeamKetuaArgs } from './setTeamKetua';
// Presentation sequence (ui/presentation/)
export { addPresentationStep, type AddPresentationStepArgs } from './addPresentationStep';
export { removePresentationStep, type RemovePresentationStepArgs } from './removePresentationStep';
export { movePresentationStep, type MovePresentationStepArgs } from './movePresentationStep';
export { renamePresentationStep, type RenamePresentationStepArgs } from './renamePresentationStep';
export { splitPresentationStep, type SplitPresentationStepArgs } from './splitPresentationStep';
export { addNote, type AddNoteArgs } from './addNote';
export { replyNote, type ReplyNoteArgs } from './replyNote';
export { setNoteStatus, type SetNoteStatusArgs } from './setNoteStatus';
export { editNote, type EditNoteArgs } from './editNote';
export { removeNote, type RemoveNoteArgs } from './removeNote';
export { resolveNote, type ResolveNoteArgs } from './resolveNote';
export { reopenNote, type ReopenNoteArgs } from './reopenNote';
export { importReviewNotes, planNoteImport, type NoteImportPlan, type ImportReviewNotesArgs } from './importReviewNotes';
export { setarakanJabatan, type SetarakanJabatanArgs } from './setarakanJabatan';
export {
  planPenyetaraan,
  selectForPenyetaraan,
  defaultJfName,
  PENYETARAAN_JENJANG,
  type PenyetaraanArgs,
  type PenyetaraanPlan,
  type PenyetaraanSelection,
  type Conversion,
} from './penyetaraanPlan';
export { executePenyetaraan, previewPenyetaraan, type PenyetaraanPreview } from './penyetaraan';
