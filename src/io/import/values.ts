// Cell values → the model's vocabulary. Each reader accepts the code name, the Indonesian label and the
// spellings real peta jabatan sheets use, and returns null for anything it cannot map without guessing.
import {
  GOLONGAN,
  JENJANG_LABELS,
  PENDIDIKAN,
  POSITION_KIND_LABELS,
  PREDIKAT_LABELS,
  TIPE_PD_LABELS,
  type Golongan,
  type Jenjang,
  type Pendidikan,
  type PositionKind,
  type PredikatKinerja,
  type TipePd,
} from '../../model';

/** A table lookup that never finds Object.prototype's members: a cell «constructor» is not a pangkat. */
function ownValue<T>(table: Record<string, T>, key: string): T | null {
  return Object.hasOwn(table, key) ? table[key] : null;
}

/** "JPT-Pratama", "jpt_pratama", " JPT  Pratama " → "jpt pratama". */
export function normaliseLabel(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s_\-./]+/g, ' ').trim();
}

function lookup<T extends string>(labels: Record<T, string>, extra: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    map.set(normaliseLabel(code), code);
    map.set(normaliseLabel(label), code);
  }
  for (const [alias, code] of Object.entries(extra)) map.set(normaliseLabel(alias), code);
  return map;
}

/** "eselon ii", "eselon ii a", "eselon iia", "eselon 2" … for one eselon. */
function eselonAliases(roman: string, arabic: number, kind: PositionKind): Record<string, PositionKind> {
  const out: Record<string, PositionKind> = {};
  for (const n of [roman, String(arabic)]) {
    for (const sub of ['', 'a', 'b']) {
      out[`eselon ${n}${sub ? ' ' + sub : ''}`] = kind;
      if (sub) out[`eselon ${n}${sub}`] = kind;
    }
  }
  return out;
}

const KIND_LOOKUP = lookup<PositionKind>(POSITION_KIND_LABELS, {
  'jabatan pimpinan tinggi madya': 'jpt-madya',
  'pimpinan tinggi madya': 'jpt-madya',
  'jabatan pimpinan tinggi pratama': 'jpt-pratama',
  'pimpinan tinggi pratama': 'jpt-pratama',
  'jabatan administrator': 'administrator',
  'jabatan pengawas': 'pengawas',
  fungsional: 'fungsional',
  'jabatan fungsional': 'fungsional',
  jf: 'fungsional',
  'jabatan pelaksana': 'pelaksana',
  // "jabatan fungsional umum" was the name of Pelaksana before UU ASN 2014
  'jabatan fungsional umum': 'pelaksana',
  'fungsional umum': 'pelaksana',
  jfu: 'pelaksana',
  ...eselonAliases('i', 1, 'jpt-madya'),
  ...eselonAliases('ii', 2, 'jpt-pratama'),
  ...eselonAliases('iii', 3, 'administrator'),
  ...eselonAliases('iv', 4, 'pengawas'),
});

const JENJANG_LOOKUP = lookup<Jenjang>(JENJANG_LABELS, {
  utama: 'ahli-utama',
  madya: 'ahli-madya',
  muda: 'ahli-muda',
  pertama: 'ahli-pertama',
  // keterampilan names before PermenPANRB 1/2023
  'pelaksana pemula': 'pemula',
  'pelaksana lanjutan': 'mahir',
});

const TIPE_PD_LOOKUP = lookup<TipePd>(TIPE_PD_LABELS, {
  sekda: 'setda',
  'sekretariat dprd': 'setwan',
  'sekretariat dewan': 'setwan',
  'satpol pp': 'satpol-pp',
  'dinas penanaman modal dan pelayanan terpadu satu pintu': 'dpmptsp',
  'rumah sakit umum daerah': 'rsud',
  uptd: 'upt',
  'unit pelaksana teknis': 'upt',
  'unit pelaksana teknis daerah': 'upt',
});

const PREDIKAT_LOOKUP = lookup<PredikatKinerja>(PREDIKAT_LABELS, {
  'kurang misconduct': 'kurang',
  'kurang (misconduct)': 'kurang',
});

export const parseJenis = (raw: string): PositionKind | null => KIND_LOOKUP.get(normaliseLabel(raw)) ?? null;
export const parseJenjang = (raw: string): Jenjang | null => JENJANG_LOOKUP.get(normaliseLabel(raw)) ?? null;
export const parseTipePd = (raw: string): TipePd | null => TIPE_PD_LOOKUP.get(normaliseLabel(raw)) ?? null;
export const parsePredikat = (raw: string): PredikatKinerja | null =>
  PREDIKAT_LOOKUP.get(normaliseLabel(raw.replace(/[()]/g, ' '))) ?? null;

const YES = new Set(['ya', 'y', 'yes', 'true', 'benar', '1']);
const NO = new Set(['', 'tidak', 'tdk', 'no', 'n', 'false', 'salah', '0', 'bukan', '-']);

/** true / false, or null for a value that is neither (an empty cell is "tidak"). */
export function parseYaTidak(raw: string): boolean | null {
  const key = normaliseLabel(raw);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

/** A Perangkat Daerah type guessed from its name, for files without `tipe_pd`. */
export function guessTipePd(pdName: string): TipePd | null {
  const n = normaliseLabel(pdName);
  const rules: [RegExp, TipePd][] = [
    [/^(sekretariat daerah|setda)\b/, 'setda'],
    [/^(sekretariat (dprd|dewan)|setwan)\b/, 'setwan'],
    [/^inspektorat\b/, 'inspektorat'],
    [/\b(penanaman modal dan pelayanan terpadu satu pintu|dpmptsp)\b/, 'dpmptsp'],
    [/^(satuan polisi pamong praja|satpol pp)\b/, 'satpol-pp'],
    [/^(rsud|rumah sakit umum daerah)\b/, 'rsud'],
    [/^kecamatan\b/, 'kecamatan'],
    [/^kelurahan\b/, 'kelurahan'],
    [/^(upt|uptd|unit pelaksana teknis)\b/, 'upt'],
    [/^badan\b/, 'badan'],
    [/^dinas\b/, 'dinas'],
  ];
  for (const [re, tipe] of rules) if (re.test(n)) return tipe;
  return null;
}

// Pendidikan: "S1", "S-1", "S.1 Ekonomi", "D-III", "Diploma IV", "SMA", "SLTA", "Sarjana" …
const PENDIDIKAN_WORDS: Record<string, Pendidikan> = {
  SD: 'SD', MI: 'SD', SMP: 'SMP', SLTP: 'SMP', MTS: 'SMP',
  SMA: 'SMA/SMK', SMK: 'SMA/SMK', SMU: 'SMA/SMK', SLTA: 'SMA/SMK', MA: 'SMA/SMK', STM: 'SMA/SMK', SMEA: 'SMA/SMK',
  'SMA/SMK': 'SMA/SMK',
  D1: 'D1', DI: 'D1', D2: 'D2', DII: 'D2', D3: 'D3', DIII: 'D3', D4: 'D4', DIV: 'D4',
  S1: 'S1', S2: 'S2', S3: 'S3',
  SARJANA: 'S1', MAGISTER: 'S2', MASTER: 'S2', DOKTOR: 'S3', DOKTORAL: 'S3',
  DIPLOMAI: 'D1', DIPLOMAII: 'D2', DIPLOMAIII: 'D3', DIPLOMAIV: 'D4',
  DIPLOMA1: 'D1', DIPLOMA2: 'D2', DIPLOMA3: 'D3', DIPLOMA4: 'D4',
  SARJANATERAPAN: 'D4',
};

export function parsePendidikan(raw: string): Pendidikan | null {
  const upper = raw.trim().toUpperCase();
  if ((PENDIDIKAN as readonly string[]).includes(upper)) return upper as Pendidikan;
  // "S-1 Teknik Informatika" → tokens ["S","1","TEKNIK",…]: try the first one, two and three tokens joined.
  const tokens = upper.split(/[\s\-._,()/]+/).filter(Boolean);
  for (let n = Math.min(3, tokens.length); n >= 1; n--) {
    const hit = ownValue(PENDIDIKAN_WORDS, tokens.slice(0, n).join(''));
    if (hit) return hit;
  }
  return null;
}

// Golongan: "III/a", "III-a", "III.a", "IIIa", "3a", "3/a", "Penata Muda Tk. I (III/b)", "Penata Muda Tingkat I".
const ROMAN: Record<string, string> = { I: 'I', II: 'II', III: 'III', IV: 'IV', '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };
const PANGKAT: Record<string, Golongan> = {
  'juru muda': 'I/a', 'juru muda tingkat i': 'I/b', juru: 'I/c', 'juru tingkat i': 'I/d',
  'pengatur muda': 'II/a', 'pengatur muda tingkat i': 'II/b', pengatur: 'II/c', 'pengatur tingkat i': 'II/d',
  'penata muda': 'III/a', 'penata muda tingkat i': 'III/b', penata: 'III/c', 'penata tingkat i': 'III/d',
  pembina: 'IV/a', 'pembina tingkat i': 'IV/b', 'pembina utama muda': 'IV/c', 'pembina utama madya': 'IV/d',
  'pembina utama': 'IV/e',
};
const GOLONGAN_SET = new Set<string>(GOLONGAN);

function golonganFromCode(text: string): Golongan | null {
  const m = /^(IV|III|II|I|[1-4])\s*[/\-.]?\s*([A-E])$/i.exec(text.trim());
  if (!m) return null;
  const candidate = `${ownValue(ROMAN, m[1].toUpperCase())}/${m[2].toLowerCase()}`;
  return GOLONGAN_SET.has(candidate) ? (candidate as Golongan) : null;
}

/** A golongan code inside a longer text: "(III/b)", ", IV/c", "III/a". */
const EMBEDDED_CODE = /(^|[\s(,;])((?:IV|III|II|I|[1-4])\s*[/\-.]?\s*[A-E])(?=$|[\s),;])/i;

export function parseGolongan(raw: string): Golongan | null {
  const direct = golonganFromCode(raw);
  if (direct) return direct;
  // "Penata Muda Tk. I (III/b)", "Pembina Utama Muda, IV/c": the code decides; a pangkat name beside it must agree.
  const m = EMBEDDED_CODE.exec(raw);
  const embedded = m ? golonganFromCode(m[2]) : null;
  if (m && !embedded) return null;
  const rest = m ? raw.slice(0, m.index) + ' ' + raw.slice(m.index + m[0].length) : raw;
  const name = normaliseLabel(rest.replace(/[(),;]/g, ' '))
    .replace(/\btk\b/g, 'tingkat')
    .replace(/\btingkat 1\b/g, 'tingkat i')
    .replace(/\b(golongan|gol|pangkat|ruang)\b/g, '')
    .trim();
  if (!name) return embedded;
  const byName = ownValue(PANGKAT, name);
  if (embedded && byName !== embedded) return null;
  return embedded ?? byName;
}

/** Kelas jabatan 1–17: "7", "7.0" (a spreadsheet number), "Kelas 7". */
export function parseKelasJabatan(raw: string): number | null {
  const m = /^(?:kelas\s*)?(\d{1,2})(?:[.,]0+)?$/i.exec(raw.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 17 ? n : null;
}

/** Years of experience 0–60: "3", "2,5" (Indonesian decimal comma), "4 tahun". */
export function parsePengalaman(raw: string): number | null {
  const m = /^(\d{1,2}(?:[.,]\d+)?)\s*(?:tahun|thn|th)?$/i.exec(raw.trim());
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 60 ? n : null;
}

/**
 * A count (K, B): "3", "3,0"/"3.0" (a spreadsheet number), "1.250" (thousands dots), "-" or "" for none (null is
 * returned only for text that is not a count; the caller treats an empty cell before calling).
 */
export function parseCount(raw: string): number | null {
  const t = raw.trim().replace(/\s/g, '');
  if (t === '-') return 0;
  let n: number | null = null;
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) n = Number(t.replace(/\./g, ''));
  else {
    const m = /^(\d+)(?:[.,]0+)?$/.exec(t);
    if (m) n = Number(m[1]);
  }
  return n !== null && n <= 100_000 ? n : null;
}
