// The shape of the editor object (Editor.ts makes it): the document and its history, the session state that is not
// part of the document, the findings, the persistence service, the actions and the registry of canvases. A
// newcomer finds all of the editor's state described in this one file.
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { ClipboardPayload } from '../commands/clipboard';
import type { Command, Compound, Executed } from '../commands/command';
import type { History } from '../commands/history';
import type { AutosaveStatus } from '../io/storage/autosave';
import type { DocumentSummary, SnapshotInfo } from '../io/storage/documentStore';
import type { VersionSummary } from '../io/storage/historySummary';
import type { StorageLike } from '../io/storage/documentStore';
import type { ImportMappings } from './importMappings';
import type { WorkspaceStore } from '../io/storage/workspaceStore';
import type { MapClipboard, Point, PresentationStep, ProcessMap, ViewRegion, Workspace } from '../model';
import type { Finding, Severity } from '../rules/types';
import type { Store } from './createStore';
import type { ReviewDesk } from './reviewDesk';
import type { HighlightRole, TeamLine } from './teamViewModel';
import type { Connection, LocalPresence, Peer, Session } from '../io/collab/session';

export type { Connection, LocalPresence, Peer } from '../io/collab/session';

export type Toast = {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
  /** a library's own message (e.g. the JSON parser's), folded away behind "Rincian teknis" */
  technical?: string;
  /** one button in the message, e.g. "Unduh dokumen" where the message says something is not saved */
  action?: { label: string; run: () => void };
};

export type Dialog =
  | { type: 'delete'; ids: string[] }
  | { type: 'documents' }
  | { type: 'import'; file?: File }
  | { type: 'rule'; ruleId: string }
  | { type: 'export' }
  | { type: 'deleteTeam'; teamId: string }
  | { type: 'teamDocument'; teamId: string; document: 'susunan' | 'instrument' }
  | { type: 'templates' }
  /** the Pemda workspace: every document with its rekap (full screen) */
  | { type: 'ruangKerja' }
  | { type: 'deleteProcess'; mapId: string; processId: string }
  | { type: 'deleteLane'; mapId: string; laneId: string }
  | { type: 'noteImport' }
  | { type: 'compare' }
  | { type: 'penyetaraan' }
  | { type: 'mergeJabatan' }
  /** «Kerjakan bersama…»: join a room on the Pemda's co-editing server, or see and leave the one joined */
  | { type: 'collab' }
  | null;

/** Which part of the workspace the main area shows. */
export type View = 'struktur' | 'tim' | 'peta';

/** A field another part of the screen asks to be focused (the field focuses itself; nobody looks it up in the DOM). */
export type FieldId = 'search' | 'position-name';

export interface EditorState {
  doc: Workspace | null;
  view: View;
  /** the team shown in the Tim Kerja view (members highlighted on the structure) */
  activeTeamId: string | null;
  /** the process map shown in the Peta view */
  activeMapId: string | null;
  history: History;
  selection: string[];
  collapsed: ReadonlySet<string>;
  toast: Toast | null;
  dialog: Dialog;
  /** bumped to ask the canvas to centre on an element */
  focus: { id: string; seq: number } | null;
  /** bumped to ask a field to take the keyboard */
  fieldFocus: { field: FieldId; seq: number } | null;
  /** true while the user drags boxes: autosave waits */
  dragging: boolean;
}

export interface FindingsView {
  findings: Finding[];
  worstBySubject: Map<string, Severity>;
  counts: { error: number; warning: number; info: number };
}

export type PetaSelection = { kind: 'node' | 'lane' | 'arrow' | 'process' | 'step' | 'box'; id: string } | null;

/** The Peta view's own state: the selected map element (apart from `selection`, so Hapus/Salin never act on the
 * structure there) and what Salin copied from a map (a paste into another map of the same kind works). */
export interface PetaState {
  selected: PetaSelection;
  /** every element picked on the map canvas (Shift/Ctrl+click, a box selection); counts only while it holds
   * `selected` — an element selected any other way picks just itself (see pickedOnMap) */
  picked: readonly string[];
  clipboard: MapClipboard | null;
  /** what a drag on a map canvas shows before it reaches the document (the canvas draws the map with it) */
  drag: MapDrag | null;
  /** how a peta subproses is shown: its table of forms, or its diagram of boxes and arrows */
  subprosesView: 'tabel' | 'diagram';
}

/** A drag in progress on a map canvas: where the dragged (and, for a lane, the shifted) elements stand now. */
export interface MapDrag {
  mapId: string;
  /** the map the drag began on: once the document has another one (the drop was committed, an undo) it is stale */
  base: ProcessMap;
  /** element id (a lane by its lane id) → its position on screen now */
  at: ReadonlyMap<string, Point>;
  /** the symbol that may not be dropped where it is (outside every lane), and the lane it would land in */
  refusedId: string | null;
  laneId: string | null;
  /** the lane dragged by its header: drawn above the other lanes (still below the symbols) */
  liftedId: string | null;
}

export type DropVerdict = 'ok' | 'warn' | 'refuse';

export interface DropTargetState {
  targetId: string | null;
  verdict: DropVerdict;
  message: string;
  citation: string;
  /** the rule the tip speaks for, and the severity its finding will have (the tip takes that colour) */
  ruleId?: string;
  severity?: 'error' | 'warning';
}

export interface TeamHighlight {
  teamId: string | null;
  roles: ReadonlyMap<string, HighlightRole>;
  lines: readonly TeamLine[];
}

export type MapEditOp = 'copy' | 'cut' | 'paste' | 'duplicate' | 'remove';
export type MapEdit = Partial<Record<MapEditOp, () => void>>;

/** What a canvas offers the toolbar, the presentation and the export while it is shown. */
export interface CanvasHandle {
  /** its React Flow instance (each canvas has its own store); absent for the level map and the subproses table */
  flow?: ReactFlowInstance;
  /** "Lihat semua" */
  fit?: () => void;
  /** "Rapikan"; absent where the canvas is laid out by its bands and rows */
  rapikan?: () => void | Promise<void>;
  /** the part of the document on screen now, in flow coordinates */
  region?: () => ViewRegion | null;
  /** the middle of what the canvas shows, in flow coordinates (where a new box goes) */
  centre?: () => Point | null;
  /** the canvas element on screen (presentation zooms about a point of it) */
  element?: () => HTMLElement | null;
  /** Salin, Potong, Tempel, Duplikat, Hapus on a map canvas */
  edit?: MapEdit;
}

/** The structure canvas is registered as 'struktur'; each map canvas under its map id. */
export interface CanvasRegistry extends Store<{ handles: ReadonlyMap<string, CanvasHandle> }> {
  /** Called by a canvas on mount; returns the unregister function for its unmount. */
  register(key: string, handle: CanvasHandle): () => void;
  handle(key: string): CanvasHandle | null;
  /** the React Flow instance of the structure canvas, or of map `mapId` */
  flow(key: string): ReactFlowInstance | null;
  /** the canvas the current view shows (the open map in the Peta view, the structure otherwise) */
  current(): CanvasHandle | null;
}

/** A switch away from the open document that waits for the user, because its changes could not be stored. */
export interface LeaveRequest {
  /** what the user asked for, e.g. "membuka «Dinas X»" */
  what: string;
  proceed: () => void;
}

export interface TabState {
  /** other tabs of this browser showing the open document */
  otherTabs: number;
  /** another tab deleted the open document */
  removedElsewhere: boolean;
  /** the user asked to load the newer version while this tab has unsaved changes: offer a download first */
  reloadAsk: boolean;
  leave: LeaveRequest | null;
}

/** A stored document that could not be opened, shown on the recovery screen instead of the editor. */
export interface Recovery {
  docId: string;
  title: string;
  message: string;
  problems: string[];
  rawText: string;
  /** the newest history copy that opens */
  lastGood: { key: string; takenAt: number; positions: number } | null;
  history: SnapshotInfo[];
}

export interface HistoryRow {
  info: SnapshotInfo;
  /** positions in the copy, null when it cannot be read */
  positions: number | null;
  /** what the copy holds and what it changed against the one before it; null when it cannot be read */
  summary: VersionSummary | null;
}

/** Where the editor keeps documents: opened once by persistence.init(). */
export interface StorageOpener {
  /** the store (IndexedDB, or localStorage where that is refused), null when the browser offers none */
  open(editor: Editor): Promise<WorkspaceStore | null>;
  /** a synchronous storage for the rescue copy written while the page is hidden (localStorage); null in tests */
  readonly legacy: StorageLike | null;
}

/** The editor's link to the browser's storage: the document list, autosave, version history, tabs, recovery. */
export interface Persistence {
  readonly available: boolean;
  readonly saveStatus: Store<{ status: AutosaveStatus; message: string }>;
  readonly storedList: Store<{ items: DocumentSummary[] }>;
  readonly tabState: Store<TabState>;
  readonly recoveryState: Store<{ recovery: Recovery | null }>;
  /** storage estimate for the documents dialog */
  readonly storageInfo: Store<{ text: string; kind: 'indexeddb' | 'localstorage' | null }>;
  /** Open the storage and the last document, then save every change (and, in a browser, watch other tabs). */
  init(): Promise<void>;
  /** the store, for the Ruang kerja view (null until open) */
  store(): WorkspaceStore | null;
  /** read the document list again (after documents were stored behind the editor's back: an import of many) */
  refreshList(): Promise<void>;
  exists(id: string): boolean;
  freshId(): string;
  /** Take a new or opened document into the list and make it the one autosave writes. */
  adopt(doc: Workspace): Promise<void>;
  rename(id: string, title: string): Promise<void>;
  duplicate(id: string): Promise<string | null>;
  remove(id: string): Promise<void>;
  /** Open a stored document; the open one's unsaved changes are dealt with first (see guardLeave). */
  openStored(id: string): Promise<void>;
  /** Resolves once the document is open (or the reason it is not is shown). */
  openStoredNow(id: string): Promise<boolean>;
  /**
   * Run `proceed` (open another document, start a new one …) once the open document's changes are stored. When
   * they cannot be (full storage, a newer version in another tab), the banner asks first: download, go on, or stay.
   */
  guardLeave(what: string, proceed: () => void): Promise<void>;
  leaveAnyway(download: boolean): Promise<void>;
  cancelLeave(): void;
  downloadDocument(doc: Workspace): void;
  /** The open document as a JSON file: the one way out that never depends on the browser's storage. */
  downloadCurrent(): void;
  /** The unreadable text as it is stored, for a person (or support) to look at. */
  downloadRaw(): void;
  closeRecovery(): void;
  restoreVersion(docId: string, key: string): Promise<boolean>;
  historyOf(docId: string): Promise<HistoryRow[]>;
  downloadVersion(key: string, title: string): Promise<void>;
  askReloadLatest(): Promise<void>;
  reloadLatest(download: boolean): Promise<void>;
  cancelReload(): void;
  saveTabCopy(): Promise<void>;
  storeAgain(): Promise<void>;
  retrySave(): Promise<void>;
  refreshStorageInfo(): void;
  /** wait until nothing is left unsaved (or a save failed); true when all is stored */
  settled(): Promise<boolean>;
  dispose(): void;
}

export interface Action {
  id: string;
  label: string;
  /** shown in tooltips, e.g. "Ctrl+Z" */
  shortcut?: string;
  keyTest?: (e: KeyboardEvent) => boolean;
  enabled: (editor: Editor) => boolean;
  /** why the action is off now, for its tooltip */
  disabledReason?: (editor: Editor) => string | null;
  perform: (editor: Editor) => void | Promise<void>;
  /** performed even while the user types in a field (Ctrl+S, Ctrl+O …) */
  whileTyping?: boolean;
}

export interface ActionRegistry {
  readonly all: readonly Action[];
  byId(id: string): Action;
  /** an action defined above the editor (e.g. presentation mode by the shell) */
  register(action: Action): void;
  isEnabled(id: string): boolean;
  perform(id: string): Promise<void>;
  /** Keys that edit text keep their meaning in form fields; Ctrl+S/O still work there. */
  handleKeyDown(e: KeyboardEvent): void;
}

/** Presentation mode (ui/presentation/presenter.ts drives it): the sequence, the step shown, the presenter's tools. */
export interface PresentationState {
  /** the panel where the sequence is built */
  panelOpen: boolean;
  active: boolean;
  /** what is being presented: the document's steps as they were at the start, or the current view alone */
  steps: PresentationStep[];
  index: number;
  showFindings: boolean;
  /** laser-pointer spotlight; a click rings the element under it */
  highlighter: boolean;
  /** the screen blanked (clickers' "blank" button) */
  blank: boolean;
  /** the current step is still opening or zooming */
  busy: boolean;
}

/** The editor as it was when the presentation started, put back when it stops. */
export interface SavedView {
  view: View;
  activeTeamId: string | null;
  activeMapId: string | null;
  selection: string[];
  collapsed: ReadonlySet<string>;
  petaSelected: PetaSelection;
  strukturViewport: Viewport | null;
  mapViewport: Viewport | null;
}

/** The presenter's bookkeeping that nothing draws: the view to restore, which step call is the latest, and the
 * transform of the level map / subproses table (they are not canvases). */
export interface PresentationRun {
  saved: SavedView | null;
  seq: number;
  domView: { x: number; y: number; zoom: number };
  /** canvas instances that finished their own first fit */
  settled: WeakSet<ReactFlowInstance>;
}

/** What the editor needs of its surroundings; a browser gives the real ones, a test its fakes. */
export interface EditorEnv {
  /** the window for page lifecycle, tab presence and tab messages; null in tests */
  window: (Window & typeof globalThis) | null;
  download(fileName: string, text: string, mime: string): void;
  pickFile(accept: string): Promise<File | null>;
  clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } | null;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface EditorOptions {
  /** where documents are kept */
  storage: StorageOpener;
  clock?: Clock;
  env?: Partial<EditorEnv>;
  /** co-editing surroundings (tests pass a WebSocket for Node) */
  collab?: CollabOptions;
}

export interface Editor extends Store<EditorState> {
  readonly clock: Clock;
  readonly env: EditorEnv;
  readonly findings: Store<FindingsView>;
  readonly peta: Store<PetaState>;
  /** the box under the pointer while dragging, and whether dropping there is allowed */
  readonly dropTarget: Store<DropTargetState>;
  /** the active team's roles and lines on the structure (Tim Kerja view), kept in step by the editor */
  readonly teamHighlight: Store<TeamHighlight>;
  /** the team entry or drop zone under the pointer while a box is dragged out of the canvas */
  readonly teamDrop: Store<{ teamId: string | null }>;
  readonly presentation: Store<PresentationState>;
  readonly presentationRun: PresentationRun;
  readonly canvases: CanvasRegistry;
  readonly persistence: Persistence;
  readonly actions: ActionRegistry;
  /** what Salin copied in this tab (the system clipboard may hold it too) */
  clipboard: ClipboardPayload | null;
  /** co-editing: the room, its connection and presence; inert until "Kerjakan bersama…" */
  readonly collab: CollabSlot;
  /** the reviewer's desk: the Reviu panel, the reviewer's name, the comparison drawn over the structure */
  readonly review: ReviewDesk;
  /** the import dialog's column mappings, remembered per header shape in this browser */
  readonly importMappings: ImportMappings;

  currentDoc(): Workspace;
  /** Apply an already executed command (or compound) and record it as one undo step. */
  commit(executed: Executed, mergeKey?: string, mergeWindowMs?: number): void;
  /**
   * Run a command (or compound command) on the open document: the one place a CommandError becomes a message.
   * Changes with the same `mergeKey` within `mergeWindowMs` (default 1.5 s: typing) are one undo step.
   */
  run<A>(command: Command<A> | Compound<A>, args: A, opts?: { mergeKey?: string; mergeWindowMs?: number }): boolean;
  /** Execute something that may refuse with a CommandError; the refusal becomes a message and null. */
  attempt<T>(f: () => T): T | null;
  undo(): void;
  redo(): void;
  /** Show another document: a fresh history, nothing selected. */
  openDocument(doc: Workspace | null): void;
  showView(view: View): void;
  select(ids: string[]): void;
  focusOn(id: string): void;
  focusField(field: FieldId): void;
  showToast(toast: Toast): void;
  /** An info message, not repeated while the same one is still shown. */
  sayOnce(text: string): void;
  toggleCollapsed(id: string): void;
  /** Open the collapsed superiors of `id` so its box is shown. */
  revealAncestors(id: string): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  selectInMap(selected: PetaSelection): void;
  /** The elements picked on a map canvas (React Flow's selection); `primary` is the one the properties show. */
  pickInMap(ids: readonly string[], primary: PetaSelection): void;
  /** Show a drag on map `mapId` (null: the drag is over); the canvas draws it, the document is not touched. */
  dragInMap(mapId: string, drag: Omit<MapDrag, 'mapId' | 'base'> | null): void;
  /** Show a map in the Peta view, optionally with one of its elements selected. */
  openMap(mapId: string, selected?: PetaSelection): void;
  /** Open the map a finding is about and select its first subject; false when the finding is not about a map. */
  openMapFinding(subjects: readonly string[]): boolean;
  /** Publish a lint result: findings plus the worst severity per element. */
  publishFindings(findings: Finding[]): void;
  clearDropTarget(): void;
  setTeamDrop(teamId: string | null): void;
  dispose(): void;
}

// ── Co-editing (editor.collab, made in collab.ts) ──

export interface RoomParams {
  url: string;
  room: string;
  token: string;
  name: string;
}

export interface CollabState {
  phase: 'off' | 'joining' | 'in';
  /** the room joined (or being joined); the token is never kept here */
  room: { url: string; room: string; name: string; color: string } | null;
  connection: Connection;
  /** everything of this client has reached the server and the server's state is merged in */
  synced: boolean;
  peers: Peer[];
  /** this user's steps not yet on the server (kept in this browser meanwhile) */
  pending: number;
  /** the connection dropped since joining: 'lost' while away, 'back' once connected again */
  drop: 'none' | 'lost' | 'back';
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** why the last join failed, for the dialog */
  error: string | null;
}

export interface CollabSlot {
  readonly state: Store<CollabState>;
  /** the live session while in a room */
  session(): Session | null;
  join(params: RoomParams): Promise<boolean>;
  leave(): Promise<void>;
  setPresence(p: Partial<LocalPresence>): void;
  /** After a reload in a tab that was in a room: offer to join it again (the tab keeps the room, not another tab). */
  offerRejoin(): void;
}

export interface CollabOptions {
  /** Node tests pass the `ws` package */
  WebSocketPolyfill?: unknown;
  /** keep the offline copy in IndexedDB (default: where IndexedDB exists) */
  offline?: boolean;
  joinTimeoutMs?: number;
  /** where a tab remembers its room over a reload (sessionStorage in a browser) */
  memory?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}
