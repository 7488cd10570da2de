// The hierarchy layouts real peta jabatan sheets use (DOMAIN.md §8.4), each turned into the rows of our own
// `kode-atasan` layout so one reader (buildWorkspace) checks and builds them all:
// - kode-atasan: a `kode` and the superior's `atasan` (our template, §8.1) — passed through;
// - parent-id:   the SIASN SOTK / unor export: `ID`, `DIATASAN ID`, `NAMA UNOR`, `ESELON`, `JENIS JABATAN` …;
// - nomor:       a hierarchical number 1, 1.2, 1.2.10 (text: 1.10 ≠ 1.1);
// - indent:      the name alone, indented with leading "-", "–" or spaces.
// Where a sheet has no `unit` or `jenis` column, the units come from the structural jabatan (a "Kepala Bidang X"
// heads "Bidang X") and the kind from the eselon or, failing that, the name — each guess is named in a notice.
import { isStructural, type PositionKind } from '../../model';
import { COLUMNS, type Column } from './columns';
import type { CellOrigin, ImportProblem, LayoutId, SourceRow } from './types';
import { parseJenis, parseJenjang } from './values';

export { LAYOUTS, type LayoutId } from './types';

export const LAYOUT_LABELS: Record<LayoutId, string> = {
  'kode-atasan': 'kode dan kode atasan',
  'parent-id': 'ID induk (ekspor SIASN/SOTK)',
  nomor: 'nomor bertingkat (1, 1.2, 1.2.10)',
  indent: 'nama berjenjang (tanda «-» atau spasi di depan nama)',
};

/** The columns a layout cannot do without. */
export function requiredColumns(layout: LayoutId): readonly Column[] {
  switch (layout) {
    case 'kode-atasan':
      return ['kode', 'nama_jabatan', 'jenis', 'unit'];
    case 'parent-id':
      return ['id', 'parent_id'];
    case 'nomor':
      return ['nomor', 'nama_jabatan'];
    case 'indent':
      return ['nama_jabatan'];
  }
}

/** The layout a header implies: an id with a parent id, else a kode, else a nomor, else the indented name. */
export function detectLayout(has: (c: Column) => boolean): LayoutId {
  if (has('id') && has('parent_id')) return 'parent-id';
  if (has('kode')) return 'kode-atasan';
  if (has('nomor')) return 'nomor';
  return 'indent';
}

export interface Canonical {
  colIndex: Map<Column, number>;
  rows: SourceRow[];
}

/** What the layout step reports back (notices go through the caller's collector). */
export interface LayoutSink {
  problem(p: ImportProblem): void;
  notice(key: string, row: number, text: (rows: string) => string): void;
}

const CANON = new Map<Column, number>(COLUMNS.map((c, i) => [c, i]));

// ---- name readings -----------------------------------------------------------------------------------------

const STRUCTURAL_NAME = /^(kepala|sekretaris|camat|lurah|inspektur|direktur|kabid|kabag|kasubbag|kasubag|kasi|kasie|kasubbid|sekcam|sekdis|plt\.?\s)/i;
const PENGAWAS_NAME = /^(kepala\s+(sub\s*bagian|subbagian|sub\s*bidang|subbidang|seksi|sub\s*seksi|urusan|tata\s+usaha)|kasubbag|kasubag|kasi|kasie|kasubbid|lurah|sekretaris\s+(kelurahan|lurah))/i;
const ADMINISTRATOR_NAME = /^(kepala\s+(bidang|bagian)|kabid|kabag|sekretaris(?!\s+daerah)|camat|sekcam|inspektur\s+pembantu|kepala\s+upt)/i;
const JPT_NAME = /^(kepala\s+(dinas|badan|satuan|kantor|pelaksana)|inspektur|sekretaris\s+daerah|direktur|asisten)/i;

/** A kind read from the name of a jabatan, for sheets without a jenis column; `depth` = structural ancestors. */
export function guessKindFromName(nama: string, structuralDepth: number): PositionKind {
  const n = nama.trim();
  if (STRUCTURAL_NAME.test(n) || JPT_NAME.test(n)) {
    if (PENGAWAS_NAME.test(n)) return 'pengawas';
    if (ADMINISTRATOR_NAME.test(n)) return 'administrator';
    if (JPT_NAME.test(n)) return 'jpt-pratama';
    return structuralDepth === 0 ? 'jpt-pratama' : structuralDepth === 1 ? 'administrator' : 'pengawas';
  }
  return jenjangFromName(n) ? 'fungsional' : 'pelaksana';
}

const JENJANG_SUFFIX = /\b(ahli\s+(utama|madya|muda|pertama)|penyelia|mahir|terampil|pemula|pelaksana\s+lanjutan)\s*$/i;

/** "Pranata Komputer Ahli Pertama" → ahli-pertama. */
export function jenjangFromName(nama: string) {
  const m = JENJANG_SUFFIX.exec(nama.trim());
  return m ? parseJenjang(m[1]) : null;
}

/** The unit a structural jabatan heads, from its name: "Kepala Bidang Anggaran" → "Bidang Anggaran". */
export function unitNameFromHead(nama: string): string {
  const n = nama.trim().replace(/\s+/g, ' ');
  const m = /^kepala\s+(.+)$/i.exec(n);
  if (m) return m[1];
  if (/^sekretaris daerah\b/i.test(n)) return 'Sekretariat Daerah' + n.slice('sekretaris daerah'.length);
  if (/^sekretaris dprd\b/i.test(n)) return 'Sekretariat DPRD' + n.slice('sekretaris dprd'.length);
  if (/^sekretaris$/i.test(n)) return 'Sekretariat';
  if (/^camat\b/i.test(n)) return 'Kecamatan' + n.slice('camat'.length);
  if (/^lurah\b/i.test(n)) return 'Kelurahan' + n.slice('lurah'.length);
  if (/^inspektur$/i.test(n)) return 'Inspektorat';
  return n;
}

// ---- ESELON ------------------------------------------------------------------------------------------------

/** ESELON codes: 11/12/I.a → JPT Madya … 41/42/IV.b → Pengawas; 51/V.a → Pengawas (with a notice). */
export function parseEselon(raw: string): { kind: PositionKind; eselonV: boolean } | null {
  const t = raw.trim().toUpperCase().replace(/^ESELON\s*/, '').replace(/[\s./-]/g, '');
  const digits: Record<string, PositionKind> = { '1': 'jpt-madya', '2': 'jpt-pratama', '3': 'administrator', '4': 'pengawas', '5': 'pengawas' };
  let m = /^([1-5])([12])?$/.exec(t);
  if (m) return { kind: digits[m[1]], eselonV: m[1] === '5' };
  m = /^(IV|V|III|II|I)([AB])?$/.exec(t);
  if (m) {
    const n = { I: '1', II: '2', III: '3', IV: '4', V: '5' }[m[1] as 'I' | 'II' | 'III' | 'IV' | 'V'];
    return { kind: digits[n], eselonV: n === '5' };
  }
  return null;
}

/** "Struktural", "JFT", "JFU", "Fungsional Tertentu" and the §8.1 names. */
function kindOfJenisCell(raw: string): PositionKind | 'struktural' | null {
  const t = raw.trim().toLowerCase().replace(/[\s_.-]+/g, ' ');
  if (t === '') return null;
  if (/^(struktural|jabatan struktural|js)$/.test(t)) return 'struktural';
  if (/^(jft|fungsional tertentu|jabatan fungsional tertentu)$/.test(t)) return 'fungsional';
  return parseJenis(raw);
}

// ---- the transformation ------------------------------------------------------------------------------------

interface Item {
  src: SourceRow;
  /** position in `items` of the superior row, -1 for none */
  parent: number;
  kode: string;
  nama: string;
  kind: PositionKind | null;
  jenisText: string;
  /** unit path, when derived */
  unit: string[] | null;
  /** a continuation row (another pemangku of the item before) */
  sameAs: number;
}

const hasPerson = (get: (c: Column) => string): boolean => get('nama') !== '' || get('nip') !== '';

/**
 * Rows of any layout → rows in our own column order (COLUMNS), with kode, atasan, nama_jabatan, jenis, jenjang and
 * unit filled. Spreadsheet row numbers are kept, so every problem still names the row the user sees.
 */
export function canonicalise(
  layout: LayoutId,
  colIndex: Map<Column, number>,
  rows: SourceRow[],
  sink: LayoutSink,
  pdName: string | undefined,
): Canonical {
  if (layout === 'kode-atasan') return { colIndex, rows };
  const items: Item[] = [];
  const cellOf = (src: SourceRow, c: Column): string => {
    const i = colIndex.get(c);
    return i === undefined ? '' : (src.cells[i] ?? '');
  };

  if (layout === 'indent') readIndent(rows, cellOf, items, sink);
  else if (layout === 'nomor') readNomor(rows, cellOf, items, sink);
  else readParentId(rows, cellOf, items, sink);

  // kind: the jenis column, else the eselon, else the name
  const hasJenis = colIndex.has('jenis');
  const hasEselon = colIndex.has('eselon');
  const structuralDepth = (i: number): number => {
    let d = 0;
    for (let p = items[i].parent; p >= 0; p = items[p].parent) if (items[p].kind && isStructural(items[p].kind!)) d++;
    return d;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.sameAs >= 0) {
      it.kind = items[it.sameAs].kind;
      continue;
    }
    const jenis = hasJenis ? kindOfJenisCell(cellOf(it.src, 'jenis')) : null;
    const eselonRaw = hasEselon ? cellOf(it.src, 'eselon').trim() : '';
    const eselon = eselonRaw && !/^(-|0|non ?eselon)$/i.test(eselonRaw) ? parseEselon(eselonRaw) : null;
    if (eselonRaw && !eselon && !/^(-|0|non ?eselon)$/i.test(eselonRaw)) {
      sink.problem({ row: it.src.row, column: 'eselon', message: `Eselon «${eselonRaw}» tidak dikenal. Isi mis. «21», «II.a», «III.b», «IV.a», atau kosongkan.` });
    }
    if (eselon?.eselonV) {
      sink.notice('eselon-v', it.src.row, (r) => `Eselon V tidak dipakai lagi sesudah penyederhanaan birokrasi; jabatannya diimpor sebagai Pengawas (${r}).`);
    }
    if (eselon && (jenis === null || jenis === 'struktural' || isStructural(jenis as PositionKind))) it.kind = eselon.kind;
    else if (jenis && jenis !== 'struktural') it.kind = jenis;
    else if (jenis === 'struktural' || cellOf(it.src, 'jenis').trim() === '') {
      const guessed = guessKindFromName(it.nama, structuralDepth(i));
      it.kind = jenis === 'struktural' && !isStructural(guessed) ? (structuralDepth(i) === 0 ? 'jpt-pratama' : structuralDepth(i) === 1 ? 'administrator' : 'pengawas') : guessed;
      sink.notice('jenis-tebak', it.src.row, (r) => `Jenis jabatan tidak diisi; ditentukan dari nama jabatan dan letaknya (${r}). Periksa di panel Properti.`);
    } else {
      it.kind = null;
      it.jenisText = cellOf(it.src, 'jenis');
    }
  }

  // units: the unit column when there is one, else from the structural heads (and NAMA UNOR in a SIASN export)
  const hasUnit = colIndex.has('unit');
  const hasUnor = colIndex.has('nama_unor');
  const root = pdName?.trim() || 'Perangkat Daerah';
  let rootUsed = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (hasUnit && cellOf(it.src, 'unit').trim() !== '') continue;
    if (it.sameAs >= 0) {
      it.unit = items[it.sameAs].unit;
      continue;
    }
    const parentUnit = it.parent >= 0 ? items[it.parent].unit : null;
    const structural = it.kind !== null && isStructural(it.kind);
    const unor = hasUnor ? cleanName(cellOf(it.src, 'nama_unor')) : '';
    if (structural || (unor && !parentUnit)) {
      const name = unor || unitNameFromHead(it.nama);
      const base = parentUnit ?? [];
      it.unit = base.length && base[base.length - 1].toLowerCase() === name.toLowerCase() ? base : [...base, name];
    } else if (parentUnit) it.unit = parentUnit;
    else {
      it.unit = [root];
      rootUsed = true;
    }
  }
  if (rootUsed) {
    sink.notice('unit-akar', items.find((x) => x.unit?.[0] === root)?.src.row ?? 0, () => `Jabatan tanpa atasan struktural ditempatkan pada unit «${root}»; ganti nama unitnya bila perlu.`);
  }

  // the canonical rows
  const out: SourceRow[] = [];
  const width = COLUMNS.length;
  for (const it of items) {
    const cells = new Array<string>(width).fill('');
    const origins = new Array<CellOrigin>(width).fill('text');
    for (const [col, i] of colIndex) {
      const at = CANON.get(col)!;
      cells[at] = it.src.cells[i] ?? '';
      origins[at] = it.src.origins?.[i] ?? 'text';
    }
    const base = it.sameAs >= 0 ? items[it.sameAs] : it;
    cells[CANON.get('kode')!] = base.kode;
    origins[CANON.get('kode')!] = layout === 'nomor' ? (it.src.origins?.[colIndex.get('nomor')!] ?? 'text') : 'text';
    cells[CANON.get('atasan')!] = base.parent >= 0 ? items[base.parent].kode : '';
    origins[CANON.get('atasan')!] = 'text';
    cells[CANON.get('nama_jabatan')!] = base.nama;
    cells[CANON.get('jenis')!] = base.kind ?? base.jenisText;
    if (base.kind === 'fungsional' && cells[CANON.get('jenjang')!].trim() === '') {
      const j = cellOf(base.src, 'jenjang').trim() || (jenjangFromName(base.nama) ?? '');
      if (j && !cellOf(base.src, 'jenjang').trim()) {
        sink.notice('jenjang-tebak', it.src.row, (r) => `Jenjang diambil dari nama jabatan (${r}).`);
      }
      cells[CANON.get('jenjang')!] = j;
    }
    if (base.unit && !(hasUnit && cellOf(it.src, 'unit').trim() !== '')) cells[CANON.get('unit')!] = base.unit.join(' > ');
    out.push({ row: it.src.row, cells, origins });
  }
  return { colIndex: CANON, rows: out };
}

const cleanName = (s: string): string => s.replace(/^[\s\-–—•*.]+/, '').trim().replace(/\s+/g, ' ');

function readIndent(rows: SourceRow[], cellOf: (r: SourceRow, c: Column) => string, items: Item[], sink: LayoutSink): void {
  // depth: leading spaces (a tab = 4) plus 2 per dash; the parent is the nearest row above with less depth
  const depthOf = (raw: string): number => {
    let d = 0;
    for (const ch of raw) {
      if (ch === ' ' || ch === '\u00a0') d += 1;
      else if (ch === '\t') d += 4;
      else if (ch === '-' || ch === '–' || ch === '—' || ch === '•' || ch === '*') d += 2;
      else break;
    }
    return d;
  };
  const stack: { depth: number; item: number }[] = [];
  const childCount = new Map<number, number>();
  let roots = 0;
  for (const src of rows) {
    const get = (c: Column) => cellOf(src, c).trim();
    const raw = cellOf(src, 'nama_jabatan');
    const nama = cleanName(raw);
    if (nama === '') {
      if (hasPerson(get) && items.length) {
        items.push({ ...items[items.length - 1], src, sameAs: sameBase(items, items.length - 1) });
        continue;
      }
      sink.problem({ row: src.row, column: 'nama_jabatan', message: 'Nama jabatan kosong; kolom ini wajib diisi.' });
      continue;
    }
    const depth = depthOf(raw);
    const prev = items.length ? items[items.length - 1] : null;
    // one row per person: the same name at the same depth right below is another pemangku of that jabatan
    if (prev && hasPerson(get) && prev.nama.toLowerCase() === nama.toLowerCase() && stack.length && stack[stack.length - 1].depth === depth) {
      items.push({ ...prev, src, sameAs: sameBase(items, items.length - 1) });
      continue;
    }
    while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
    const parent = stack.length ? stack[stack.length - 1].item : -1;
    const n = parent >= 0 ? (childCount.get(parent) ?? 0) + 1 : ++roots;
    if (parent >= 0) childCount.set(parent, n);
    const kode = parent >= 0 ? `${items[parent].kode}.${n}` : String(n);
    items.push({ src, parent, kode, nama, kind: null, jenisText: '', unit: null, sameAs: -1 });
    stack.push({ depth, item: items.length - 1 });
  }
}

const sameBase = (items: Item[], i: number): number => (items[i].sameAs >= 0 ? items[i].sameAs : i);

function readNomor(rows: SourceRow[], cellOf: (r: SourceRow, c: Column) => string, items: Item[], sink: LayoutSink): void {
  const byNomor = new Map<string, number>();
  for (const src of rows) {
    const get = (c: Column) => cellOf(src, c).trim();
    const nomor = get('nomor').replace(/\.$/, '');
    const nama = cleanName(cellOf(src, 'nama_jabatan'));
    if (nomor === '' || (byNomor.has(nomor) && hasPerson(get))) {
      // a row without a number (or with the number of a jabatan above) is another pemangku of that jabatan
      const base = nomor === '' ? (items.length ? sameBase(items, items.length - 1) : -1) : byNomor.get(nomor)!;
      if (base >= 0 && hasPerson(get) && (nama === '' || nama.toLowerCase() === items[base].nama.toLowerCase())) {
        items.push({ ...items[base], src, sameAs: base });
        continue;
      }
      if (nomor === '') {
        sink.problem({ row: src.row, column: 'nomor', message: 'Nomor kosong; isi nomor bertingkat jabatan ini (mis. «1.2.3»).' });
        continue;
      }
    }
    if (!/^\d+(\.\d+)*$/.test(nomor)) {
      sink.problem({ row: src.row, column: 'nomor', message: `Nomor «${nomor}» bukan nomor bertingkat; tulis mis. «1», «1.2» atau «1.2.10».` });
      continue;
    }
    if (byNomor.has(nomor)) {
      sink.problem({ row: src.row, column: 'nomor', message: `Nomor «${nomor}» sudah dipakai di baris ${items[byNomor.get(nomor)!].src.row} untuk jabatan lain.` });
      continue;
    }
    if (nama === '') {
      sink.problem({ row: src.row, column: 'nama_jabatan', message: 'Nama jabatan kosong; kolom ini wajib diisi.' });
      continue;
    }
    // the parent: the number without its last part; a gap (1.2.3 without 1.2) goes on up, with a notice
    let parent = -1;
    const parts = nomor.split('.');
    for (let n = parts.length - 1; n >= 1; n--) {
      const hit = byNomor.get(parts.slice(0, n).join('.'));
      if (hit !== undefined) {
        parent = hit;
        if (n < parts.length - 1) sink.notice('nomor-loncat', src.row, (r) => `Nomor induk tidak ada; jabatan dipasang di bawah nomor terdekat di atasnya (${r}).`);
        break;
      }
    }
    if (parent < 0 && parts.length > 1) {
      sink.notice('nomor-yatim', src.row, (r) => `Nomor induk tidak ditemukan di atasnya; jabatan diimpor tanpa atasan (${r}).`);
    }
    byNomor.set(nomor, items.length);
    items.push({ src, parent, kode: nomor, nama, kind: null, jenisText: '', unit: null, sameAs: -1 });
  }
}

function readParentId(rows: SourceRow[], cellOf: (r: SourceRow, c: Column) => string, items: Item[], sink: LayoutSink): void {
  const byId = new Map<string, number>();
  const pending: { item: number; parentId: string }[] = [];
  for (const src of rows) {
    const get = (c: Column) => cellOf(src, c).trim();
    const id = get('id');
    if (id === '') {
      sink.problem({ row: src.row, column: 'id', message: 'ID kosong; setiap baris ekspor SIASN punya ID.' });
      continue;
    }
    if (byId.has(id)) {
      const base = byId.get(id)!;
      if (hasPerson(get)) {
        items.push({ ...items[base], src, sameAs: base });
        continue;
      }
      sink.problem({ row: src.row, column: 'id', message: `ID «${id}» sudah dipakai di baris ${items[base].src.row}.` });
      continue;
    }
    const unor = cleanName(get('nama_unor'));
    let nama = cleanName(get('nama_jabatan'));
    if (nama === '' && unor) nama = `Kepala ${unor}`;
    if (nama === '') {
      sink.problem({ row: src.row, column: 'nama_jabatan', message: 'Nama jabatan dan nama unor kosong.' });
      continue;
    }
    byId.set(id, items.length);
    const parentId = get('parent_id');
    pending.push({ item: items.length, parentId: parentId === '0' || parentId === id ? '' : parentId });
    items.push({ src, parent: -1, kode: id, nama, kind: null, jenisText: '', unit: null, sameAs: -1 });
  }
  for (const { item, parentId } of pending) {
    if (parentId === '') continue;
    const p = byId.get(parentId);
    if (p === undefined) {
      sink.problem({ row: items[item].src.row, column: 'parent_id', message: `ID atasan «${parentId}» tidak ada di kolom ID berkas ini.` });
    } else items[item].parent = p;
  }
  // the parent of a row must come first for the unit derivation: order by depth, keeping file order within it
  const depth = (i: number): number => {
    if (items[i].sameAs >= 0) return depth(items[i].sameAs);
    let d = 0;
    for (let p = items[i].parent, guard = 0; p >= 0 && guard < items.length; p = items[p].parent, guard++) d++;
    return d;
  };
  const depths = items.map((_, i) => depth(i));
  const hasCycle = depths.some((d) => d >= items.length);
  if (hasCycle) {
    sink.problem({ row: null, column: 'parent_id', message: 'Kolom ID atasan membentuk lingkaran (sebuah jabatan menjadi atasan dirinya lewat jabatan lain).' });
    return;
  }
  const order = items.map((_, i) => i).sort((a, b) => depths[a] - depths[b] || a - b);
  const newIndex = new Map<number, number>(order.map((old, i) => [old, i]));
  const sorted = order.map((old) => {
    const it = items[old];
    return { ...it, parent: it.parent >= 0 ? newIndex.get(it.parent)! : -1, sameAs: it.sameAs >= 0 ? newIndex.get(it.sameAs)! : -1 };
  });
  items.length = 0;
  items.push(...sorted);
}
