// Where a catatan reviu's subject is shown (struktur, tim, peta) and how the editor is brought to it; what the
// current selection offers as a subject. No JSX.
import { lineOf, lineSubordinate, locateElement, type ElementType, type NoteSubject, type ReviewNote, type Workspace } from '../../model';
import type { Finding } from '../../rules/types';
import type { Editor, PetaSelection, View } from '../../editor/types';

const PETA_KIND: Partial<Record<ElementType, NonNullable<PetaSelection>['kind']>> = {
  proses: 'process',
  langkah: 'step',
  lajur: 'lane',
  simbol: 'node',
  panah: 'arrow',
  kotak: 'box',
  'panah-relasi': 'arrow',
};

function anchorOf(subject: NoteSubject): { id: string; mapId: string | null } | null {
  if (subject.kind === 'element') return { id: subject.id, mapId: subject.mapId };
  const id = subject.subjects[0];
  return id === undefined ? null : { id, mapId: null };
}

export function viewOfNote(doc: Workspace, note: ReviewNote): View | null {
  const a = anchorOf(note.subject);
  const found = a && locateElement(doc, a.id, a.mapId);
  if (!found) return null;
  if (found.type === 'tim') return 'tim';
  if (found.mapId) return 'peta';
  return 'struktur';
}

/** Bring the editor to the subject; false when it is gone. */
export function goToSubject(editor: Editor, subject: NoteSubject): boolean {
  const doc = editor.get().doc;
  const a = anchorOf(subject);
  const found = doc && a ? locateElement(doc, a.id, a.mapId) : null;
  if (!doc || !found) return false;
  if (found.type === 'jabatan' || found.type === 'garis') {
    const at = found.type === 'garis' ? lineSubordinate(found.id)! : found.id;
    editor.showView('struktur');
    editor.revealAncestors(at);
    editor.select([at]);
    editor.focusOn(at);
  } else if (found.type === 'unit') {
    editor.showView('struktur');
    const head = Object.values(doc.positions).find((p) => p.unitId === found.id && (p.superiorId === null || doc.positions[p.superiorId]?.unitId !== found.id));
    if (head) {
      editor.revealAncestors(head.id);
      editor.select([head.id]);
      editor.focusOn(head.id);
    }
  } else if (found.type === 'tim') {
    editor.set({ activeTeamId: found.id });
    editor.showView('tim');
  } else if (found.type === 'peta') {
    editor.openMap(found.id);
  } else if (found.mapId) {
    editor.openMap(found.mapId, { kind: PETA_KIND[found.type] ?? 'node', id: found.id });
  }
  return true;
}

export interface SubjectChoice {
  key: string;
  label: string;
  subject: NoteSubject;
}

function choiceOf(doc: Workspace, id: string, mapId: string | null, prefix = ''): SubjectChoice | null {
  const found = locateElement(doc, id, mapId);
  if (!found) return null;
  return { key: `e:${found.id}`, label: `${prefix}«${found.name}»`, subject: { kind: 'element', id: found.id, mapId: found.mapId, label: found.name } };
}

/**
 * What the selection offers: the selected element, then — for a jabatan — the line up to its superior and the unit
 * it stands in, then each finding on it.
 */
export function subjectChoices(editor: Editor, findings: readonly Finding[]): SubjectChoice[] {
  const s = editor.get();
  const doc = s.doc;
  if (!doc) return [];
  let target: { id: string; mapId: string | null } | null = null;
  if (s.view === 'peta' && s.activeMapId) {
    const sel = editor.peta.get().selected;
    target = sel ? { id: sel.id, mapId: s.activeMapId } : { id: s.activeMapId, mapId: null };
  } else if (s.view === 'tim' && s.activeTeamId && s.selection.length === 0) {
    target = { id: s.activeTeamId, mapId: null };
  } else if (s.selection[0]) {
    target = { id: s.selection[0], mapId: null };
  }
  const found = target ? locateElement(doc, target.id, target.mapId) : null;
  if (!found) return [];
  const label = `${found.name}`;
  const out: SubjectChoice[] = [{ key: `e:${found.id}`, label: `«${label}»`, subject: { kind: 'element', id: found.id, mapId: found.mapId, label } }];
  if (found.type === 'jabatan') {
    const line = lineOf(doc, found.id);
    const extra = [line && choiceOf(doc, line, null, 'Garis '), choiceOf(doc, doc.positions[found.id].unitId, null, 'Unit ')];
    for (const c of extra) if (c) out.push(c);
  }
  for (const f of findings) {
    if (f.subjects[0] !== found.id) continue;
    out.push({
      key: `f:${f.ruleId}:${f.subjects.join(',')}`,
      label: `Temuan ${f.ruleId}: ${f.message}`,
      subject: { kind: 'finding', ruleId: f.ruleId, subjects: [...f.subjects], label: `${f.ruleId} pada «${label}»`, message: f.message, citation: f.citation },
    });
  }
  return out;
}
