// The command layer: every document change the editor can make, plus execute and the undo history.
export { CommandError, defineCommand, execute, executeAll, type Command, type Executed } from './command';
export { emptyHistory, record, redo, undo, type History, type HistoryEntry } from './history';
export type { IdMaker } from './guards';
export { addPosition, type AddPositionArgs } from './addPosition';
export { updatePosition, applyPositionChanges, type UpdatePositionArgs, type PositionChanges } from './updatePosition';
export { movePosition, type MovePositionArgs } from './movePosition';
export { moveBoxes, type MoveBoxesArgs } from './moveBoxes';
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
export { applyLayout, type ApplyLayoutArgs } from './applyLayout';
