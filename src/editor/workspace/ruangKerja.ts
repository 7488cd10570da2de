// The Ruang kerja (Pemda workspace): every document of this browser with its rekap, the cross-document checks, the
// search across documents, and the workspace-wide files (ZIP of every document, XLSX rekap, import of many at once).
// Rekaps come from the IndexedDB index row of each document when it was computed for the stored revision; only
// documents changed since are opened and linted (and their new rekap kept), so the dashboard opens from 50 small rows.
import { downloadBlob } from '../../io/file/browserFile';
import { fileNameFor, readDocumentFile, serializeDocument } from '../../io/file/documentFile';
import { IdbDocumentStore, type IndexRecord } from '../../io/storage/idbStore';
import { readDocumentFiles, sheetsXlsx, zipDocuments, type Sheet } from '../../io/workspace/bundle';
import { newId, type Workspace } from '../../model';
import { PROFILES, RULE_FAMILIES } from '../../rules';
import { checkWorkspace, normalNip, type CrossFinding } from '../../rules/lintas';
import type { Editor } from '../types';
import { docRekap, isCurrentRekap, type DocRekap } from './rekap';

export interface WorkspaceRow {
  id: string;
  title: string;
  instansi: string;
  updatedAt: number;
  unreadable: boolean;
  /** null: the document cannot be read */
  rekap: DocRekap | null;
  /** the user's grouping; empty = grouped by instansi */
  group: string;
}

/** What the view shows; the view keeps it in its own state (it lives only while the view is open). */
export interface WorkspaceLoad {
  rows: WorkspaceRow[];
  findings: CrossFinding[];
  /** ms the load took, and how many rekaps it had to compute (shown small; the bench reads it too) */
  loadedIn: { ms: number; computed: number };
}

const GROUPS_KEY = 'ruangKerja.groups';

function idbStore(editor: Editor): IdbDocumentStore | null {
  const s = editor.persistence.store();
  return s instanceof IdbDocumentStore ? s : null;
}

async function readGroups(editor: Editor): Promise<Record<string, string>> {
  const text = await idbStore(editor)?.readMeta(GROUPS_KEY);
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Reads every document's line (computing the rekaps that are missing or stale) and runs the cross-document checks. */
export async function loadRuangKerja(editor: Editor): Promise<WorkspaceLoad | null> {
  const s = editor.persistence.store();
  if (!s) return null;
  const started = performance.now();
  // the open document's last edits belong in its line
  await editor.persistence.settled();
  const idb = idbStore(editor);
  const records: IndexRecord[] = idb ? await idb.indexRecords() : await s.list();
  const groups = await readGroups(editor);
  let computed = 0;
  const rows: WorkspaceRow[] = [];
  for (const r of records) {
    let rekap: DocRekap | null = isCurrentRekap(r.rekap) ? r.rekap : null;
    if (!rekap && !r.unreadable) {
      const loaded = await s.load(r.id);
      if (loaded.ok) {
        rekap = docRekap(loaded.doc);
        computed++;
        if (idb) void idb.setRekap(r.id, loaded.revision, rekap);
      }
    }
    rows.push({ id: r.id, title: r.title, instansi: r.instansi, updatedAt: r.updatedAt, unreadable: r.unreadable === true || rekap === null, rekap, group: groups[r.id] ?? '' });
  }
  rows.sort((a, b) => groupOf(a).localeCompare(groupOf(b), 'id') || a.title.localeCompare(b.title, 'id'));
  const findings = checkWorkspace(rows.filter((r) => r.rekap).map((r) => ({ docId: r.id, title: r.title, ...r.rekap!.extract })));
  return { rows, findings, loadedIn: { ms: Math.round(performance.now() - started), computed } };
}

/** The group a row is listed under: the user's, else its instansi. */
export function groupOf(row: Pick<WorkspaceRow, 'group' | 'instansi'>): string {
  return row.group.trim() || row.instansi.trim() || 'Tanpa instansi';
}

export async function setGroup(editor: Editor, id: string, group: string): Promise<boolean> {
  const groups = await readGroups(editor);
  if (group.trim()) groups[id] = group.trim();
  else delete groups[id];
  const ok = (await idbStore(editor)?.writeMeta(GROUPS_KEY, JSON.stringify(groups))) === true;
  if (!ok) editor.showToast({ kind: 'error', text: 'Pengelompokan tidak dapat disimpan di browser ini.' });
  return ok;
}

// ---- search across documents

export interface SearchHit {
  docId: string;
  title: string;
  positionId: string;
  jabatan: string;
  /** what matched: the jabatan itself, or a pemangku (name · NIP) */
  person: string | null;
}

export const MAX_HITS = 100;

/** Jabatan names, pemangku names and NIPs (digits only, spaces ignored) of every document. */
export function searchWorkspace(rows: readonly WorkspaceRow[], query: string): { hits: SearchHit[]; more: boolean } {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return { hits: [], more: false };
  const qNip = normalNip(q);
  const byNip = qNip.length >= 4 && qNip.length === q.replace(/\s/g, '').length;
  const hits: SearchHit[] = [];
  for (const row of rows) {
    for (const s of row.rekap?.search ?? []) {
      let person: string | null = null;
      let hit = !byNip && s.jabatan.toLowerCase().includes(q);
      if (!hit) {
        const p = s.people.find((h) => (byNip ? normalNip(h.nip).includes(qNip) : h.nama.toLowerCase().includes(q)));
        if (p) {
          hit = true;
          person = [p.nama, p.nip].filter(Boolean).join(' · ');
        }
      }
      if (!hit) continue;
      if (hits.length === MAX_HITS) return { hits, more: true };
      hits.push({ docId: row.id, title: row.title, positionId: s.positionId, jabatan: s.jabatan, person });
    }
  }
  return { hits, more: false };
}

/** Opens a document (the open one's changes dealt with first) and, when given, selects and shows one element. */
export function openFromWorkspace(editor: Editor, docId: string, title: string, subjectId: string | null): void {
  const reveal = () => {
    editor.set({ dialog: null });
    if (subjectId && editor.get().doc?.positions[subjectId]) {
      editor.select([subjectId]);
      editor.focusOn(subjectId);
    }
  };
  if (editor.get().doc?.id === docId) {
    reveal();
    return;
  }
  void editor.persistence.guardLeave(`membuka «${title}»`, () => {
    void editor.persistence.openStoredNow(docId).then((ok) => {
      if (ok) reveal();
    });
  });
}

// ---- files

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Every readable document as its JSON file, in one ZIP. */
export async function exportAllZip(editor: Editor, rows: readonly WorkspaceRow[]): Promise<void> {
  const s = editor.persistence.store();
  if (!s) return;
  {
    await editor.persistence.settled();
    const files = [];
    const skipped: string[] = [];
    for (const row of rows) {
      const loaded = await s.load(row.id);
      if (loaded.ok) files.push({ name: fileNameFor(loaded.doc), text: serializeDocument(loaded.doc) });
      else skipped.push(row.title);
    }
    const bytes = await zipDocuments(files);
    downloadBlob(`ruang-kerja-${stamp()}.zip`, new Blob([bytes as BlobPart], { type: 'application/zip' }));
    editor.showToast({
      kind: skipped.length ? 'error' : 'info',
      text: `${files.length} dokumen diunduh dalam satu ZIP.${skipped.length ? ` ${skipped.length} dokumen tidak terbaca dan tidak ikut:` : ''}`,
      details: skipped.length ? skipped : undefined,
    });
  }
}

const profileName = (id: string) => (PROFILES as Record<string, { label: string } | undefined>)[id]?.label ?? id;

/** The Pemda-wide rekap: one row per document, its findings by rule family, and the cross-document findings. */
export function workspaceSheets(rows: readonly WorkspaceRow[], findings: readonly CrossFinding[]): Sheet[] {
  const families = RULE_FAMILIES.map((f) => f.prefix);
  const titleOf = new Map(rows.map((r) => [r.id, r.title]));
  const readable = rows.filter((r) => r.rekap);
  const total = readable.reduce((t, r) => ({ jabatan: t.jabatan + r.rekap!.jabatan, k: t.k + r.rekap!.k, b: t.b + r.rekap!.b, selisih: t.selisih + r.rekap!.selisih }), { jabatan: 0, k: 0, b: 0, selisih: 0 });
  return [
    {
      name: 'Rekap Pemda',
      header: ['Kelompok', 'Dokumen', 'Instansi', 'Jabatan', 'K', 'B', '±', 'Galat', 'Peringatan', ...families.map((f) => `${f} (galat/peringatan)`), 'Profil', 'Status', 'Diubah'],
      rows: [
        ...rows.map((r) => [
          groupOf(r),
          r.title,
          r.instansi,
          r.rekap?.jabatan ?? null,
          r.rekap?.k ?? null,
          r.rekap?.b ?? null,
          r.rekap?.selisih ?? null,
          r.rekap?.errors ?? null,
          r.rekap?.warnings ?? null,
          ...families.map((f) => {
            const c = r.rekap?.byFamily.find((x) => x.prefix === f);
            return c ? `${c.error}/${c.warning}` : r.rekap ? '0/0' : null;
          }),
          r.rekap ? profileName(r.rekap.profileId) : 'tidak terbaca',
          r.rekap?.status ?? null,
          new Date(r.updatedAt).toLocaleString('id-ID'),
        ]),
        ['Jumlah', `${rows.length} dokumen`, '', total.jabatan, total.k, total.b, total.selisih, null, null, ...families.map(() => null), '', '', ''],
      ],
    },
    {
      name: 'Temuan lintas dokumen',
      header: ['Aturan', 'Tingkat', 'Temuan', 'Dokumen'],
      rows: findings.map((f) => [f.ruleId, f.severity === 'error' ? 'Galat' : f.severity === 'warning' ? 'Peringatan' : 'Info', f.message, [...new Set(f.places.map((p) => titleOf.get(p.docId) ?? p.docId))].join('; ')]),
    },
  ];
}

export async function exportRekapXlsx(rows: readonly WorkspaceRow[], findings: readonly CrossFinding[]): Promise<void> {
  const bytes = await sheetsXlsx(workspaceSheets(rows, findings));
  downloadBlob(`rekap-pemda-${stamp()}.xlsx`, new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
}

/**
 * Takes many documents at once (a folder, a ZIP, several JSON files). A document whose id is already stored comes in
 * as a new document beside it — an import never overwrites work. What cannot be read is listed by file name.
 */
export async function importMany(editor: Editor, files: readonly File[]): Promise<void> {
  const s = editor.persistence.store();
  if (!s || files.length === 0) return;
  {
    const { texts, problems } = await readDocumentFiles(files);
    const existing = new Set((await s.list()).map((d) => d.id));
    let stored = 0;
    for (const t of texts) {
      const read = readDocumentFile(t.text, t.name);
      if (!read.ok) {
        problems.push({ name: t.name, message: read.message });
        continue;
      }
      const doc: Workspace = existing.has(read.doc.id) ? { ...read.doc, id: newId('doc') } : read.doc;
      const result = await s.create(doc);
      if (result.ok) {
        stored++;
        existing.add(doc.id);
      } else problems.push({ name: t.name, message: result.message });
    }
    if (texts.length === 0 && problems.length === 0) problems.push({ name: files[0].name, message: 'Tidak ada berkas dokumen (.json) di dalamnya.' });
    editor.showToast({
      kind: problems.length ? 'error' : 'info',
      text: `${stored} dokumen diimpor ke Ruang kerja.${problems.length ? ` ${problems.length} berkas tidak dapat diimpor:` : ''}`,
      details: problems.length ? problems.map((p) => `${p.name}: ${p.message}`) : undefined,
    });
    editor.persistence.refreshList();
  }
}
