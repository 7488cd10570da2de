// Seeded generator of realistic workspaces for benchmarks and tests: a Pemerintah Kota with several Perangkat
// Daerah (Setda, Setwan, Inspektorat, Dinas, Badan, Satpol PP, DPMPTSP, RSUD, Kecamatan), each with its usual
// structural levels and stacks of JF/Pelaksana, some holder data, kode values as text. Every person and NIP is
// invented. Same options → byte-identical document. No node or DOM APIs: the browser benchmark can import it.
import {
  emptySopIdentitas,
  CURRENT_VERSION,
  FORMAT_TAG,
  JENJANG_LABELS,
  unitPath,
  type Golongan,
  type PemangkuData,
  type Jenjang,
  type Lane,
  type LfArrow,
  type LfNode,
  type LintasFungsiMap,
  type Pendidikan,
  type Position,
  type PositionKind,
  type PredikatKinerja,
  type TipePd,
  type Unit,
  type Workspace,
} from '../src/model';
import { quickLayout } from '../src/layout/quickLayout';

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** exact number of positions */
  positions: number;
  seed: number;
  /** the Perangkat Daerah to generate, in order (the positions are shared among them); default a kota's mix */
  perangkatDaerah?: TipePd[];
  /** compute placements with the quick layout (default true); false leaves every placement null */
  placements?: boolean;
  /** Tim Kerja to add (default 0: no teams, and the document is exactly what it was without the option) */
  teams?: number;
  /** also add one lintas fungsi map with this many activities, its lanes bound to positions of the structure */
  lintasFungsi?: { activities: number };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ── Catalogues ──────────────────────────────────────────────────────────────────────────────────────────────

interface PdSpec {
  tipe: TipePd;
  nama: string;
}

const DEFAULT_PDS: PdSpec[] = [
  { tipe: 'setda', nama: 'Sekretariat Daerah' },
  { tipe: 'inspektorat', nama: 'Inspektorat' },
  { tipe: 'dinas', nama: 'Dinas Pendidikan' },
  { tipe: 'dinas', nama: 'Dinas Kesehatan' },
  { tipe: 'badan', nama: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah' },
  { tipe: 'dinas', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
  { tipe: 'kecamatan', nama: 'Kecamatan Kota Barat' },
  { tipe: 'setwan', nama: 'Sekretariat DPRD' },
  { tipe: 'badan', nama: 'Badan Pengelolaan Keuangan dan Aset Daerah' },
  { tipe: 'dpmptsp', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' },
  { tipe: 'rsud', nama: 'Rumah Sakit Umum Daerah' },
  { tipe: 'kecamatan', nama: 'Kecamatan Kota Timur' },
  { tipe: 'dinas', nama: 'Dinas Sosial' },
  { tipe: 'satpol-pp', nama: 'Satuan Polisi Pamong Praja' },
  { tipe: 'dinas', nama: 'Dinas Komunikasi dan Informatika' },
  { tipe: 'badan', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
  { tipe: 'kecamatan', nama: 'Kecamatan Kota Utara' },
  { tipe: 'dinas', nama: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { tipe: 'dinas', nama: 'Dinas Perhubungan' },
  { tipe: 'dinas', nama: 'Dinas Lingkungan Hidup' },
  { tipe: 'kecamatan', nama: 'Kecamatan Kota Selatan' },
  { tipe: 'badan', nama: 'Badan Pendapatan Daerah' },
  { tipe: 'dinas', nama: 'Dinas Perumahan dan Kawasan Permukiman' },
  { tipe: 'dinas', nama: 'Dinas Tenaga Kerja' },
  { tipe: 'kecamatan', nama: 'Kecamatan Kota Tengah' },
  { tipe: 'dinas', nama: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak' },
  { tipe: 'dinas', nama: 'Dinas Ketahanan Pangan dan Pertanian' },
  { tipe: 'badan', nama: 'Badan Kesatuan Bangsa dan Politik' },
  { tipe: 'dinas', nama: 'Dinas Perpustakaan dan Kearsipan' },
  { tipe: 'kecamatan', nama: 'Kecamatan Pelabuhan' },
  { tipe: 'dinas', nama: 'Dinas Koperasi, Usaha Kecil dan Menengah' },
  { tipe: 'dinas', nama: 'Dinas Kepemudaan, Olahraga dan Pariwisata' },
  { tipe: 'badan', nama: 'Badan Penanggulangan Bencana Daerah' },
  { tipe: 'dinas', nama: 'Dinas Pemadam Kebakaran dan Penyelamatan' },
  { tipe: 'kecamatan', nama: 'Kecamatan Sungai Lebar' },
  { tipe: 'dinas', nama: 'Dinas Perdagangan dan Perindustrian' },
  { tipe: 'dinas', nama: 'Dinas Pengendalian Penduduk dan Keluarga Berencana' },
  { tipe: 'kecamatan', nama: 'Kecamatan Bukit Raya' },
  { tipe: 'dinas', nama: 'Dinas Perikanan' },
  { tipe: 'kecamatan', nama: 'Kecamatan Tanjung Harapan' },
];

const BIDANG = [
  'Perencanaan dan Pengembangan', 'Pelayanan', 'Pengendalian dan Evaluasi', 'Pembinaan', 'Sarana dan Prasarana',
  'Pemberdayaan Masyarakat', 'Data dan Informasi', 'Pengawasan', 'Kemitraan', 'Penyelenggaraan', 'Pengembangan Usaha',
  'Penataan', 'Rehabilitasi', 'Perlindungan', 'Fasilitasi',
];
const SEKSI = ['Perencanaan', 'Pelaksanaan', 'Pengawasan', 'Pembinaan', 'Evaluasi dan Pelaporan', 'Standardisasi'];
const ASISTEN = ['Pemerintahan dan Kesejahteraan Rakyat', 'Perekonomian dan Pembangunan', 'Administrasi Umum'];
const BAGIAN = [
  'Tata Pemerintahan', 'Hukum', 'Kesejahteraan Rakyat', 'Perekonomian', 'Administrasi Pembangunan',
  'Pengadaan Barang dan Jasa', 'Organisasi', 'Umum', 'Protokol dan Komunikasi Pimpinan', 'Perencanaan dan Keuangan',
  'Kerja Sama', 'Persidangan dan Perundang-undangan', 'Fasilitasi Penganggaran dan Pengawasan',
];
const SUBBAGIAN = ['Tata Usaha', 'Kepegawaian', 'Keuangan', 'Program dan Pelaporan', 'Rumah Tangga'];
const KELURAHAN = ['Sukamaju', 'Sukajadi', 'Mekarsari', 'Harapan Baru', 'Tanjung Sari', 'Karang Anyar', 'Sidomulyo', 'Pasar Lama'];

interface JfFamily {
  nama: string;
  keahlian: boolean;
  keterampilan: boolean;
}
const jf = (nama: string, keahlian = true, keterampilan = false): JfFamily => ({ nama, keahlian, keterampilan });

const JF_COMMON = [
  jf('Analis Kebijakan'), jf('Perencana'), jf('Analis Sumber Daya Manusia Aparatur'), jf('Arsiparis', true, true),
  jf('Pranata Komputer', true, true), jf('Pranata Humas', true, true), jf('Analis Keuangan Pusat dan Daerah'),
  jf('Pengelola Pengadaan Barang/Jasa'), jf('Statistisi', true, true),
];
const JF_BY_TIPE: Partial<Record<TipePd, JfFamily[]>> = {
  setda: [jf('Analis Hukum'), jf('Perancang Peraturan Perundang-undangan'), jf('Analis Kebijakan'), jf('Pranata Humas', true, true)],
  setwan: [jf('Analis Hukum'), jf('Perancang Peraturan Perundang-undangan'), jf('Pranata Humas', true, true)],
  inspektorat: [jf('Auditor', true, true), jf('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah')],
  rsud: [
    jf('Dokter'), jf('Perawat', true, true), jf('Bidan', true, true), jf('Apoteker'), jf('Nutrisionis', true, true),
    jf('Radiografer', true, true), jf('Pranata Laboratorium Kesehatan', true, true), jf('Perekam Medis', true, true),
  ],
  'satpol-pp': [jf('Polisi Pamong Praja', true, true)],
  kecamatan: [jf('Penggerak Swadaya Masyarakat', true, true), jf('Analis Kebijakan'), jf('Pranata Komputer', true, true)],
  dpmptsp: [jf('Penata Perizinan', true, true), jf('Analis Kebijakan')],
};
const PELAKSANA = [
  'Pengadministrasi Perkantoran', 'Operator Layanan Operasional', 'Pengelola Layanan Operasional',
  'Penata Layanan Operasional', 'Penelaah Teknis Kebijakan', 'Pengelola Data', 'Pengelola Umum Operasional',
];

const FIRST = [
  'Andi', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lestari', 'Maya',
  'Nur', 'Oka', 'Putri', 'Rizki', 'Sari', 'Taufik', 'Utami', 'Wahyu', 'Yusuf', 'Zahra', 'Agus', 'Bayu', 'Dian',
];
const LAST = [
  'Pratama', 'Saputra', 'Wulandari', 'Hidayat', 'Nugroho', 'Kurniawan', 'Rahmawati', 'Setiawan', 'Lestari',
  'Permana', 'Hakim', 'Anggraini', 'Siregar', 'Nasution', 'Simanjuntak', 'Wijaya', 'Fauzi', 'Maharani',
];

const KETERAMPILAN: Jenjang[] = ['penyelia', 'mahir', 'terampil', 'pemula'];

// ── Building one Perangkat Daerah ───────────────────────────────────────────────────────────────────────────

interface Builder {
  rng: Rng;
  units: Unit[];
  positions: Position[];
  usedIds: Set<string>;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Same shape as model/ids.ts newId (prefix + 10 characters), so serialized sizes are realistic. */
function makeId(b: Builder, prefix: string): string {
  for (;;) {
    let id = prefix + '_';
    for (let i = 0; i < 10; i++) id += ID_ALPHABET[Math.floor(b.rng.next() * 36)];
    if (!b.usedIds.has(id)) {
      b.usedIds.add(id);
      return id;
    }
  }
}

function addUnit(b: Builder, nama: string, parent: Unit | null, pd?: TipePd, pengecualian = false): Unit {
  const unit: Unit = {
    id: makeId(b, 'unit'),
    nama,
    parentId: parent ? parent.id : null,
    isPerangkatDaerah: parent === null,
    tipePd: parent === null ? (pd ?? 'dinas') : null,
    pengecualian,
  };
  b.units.push(unit);
  return unit;
}

interface Node {
  position: Position;
  /** kode of the next subordinate: `${kode}.${next}` */
  next: number;
  children: Node[];
}

function addPosition(
  b: Builder,
  superior: Node | null,
  kode: string | null,
  nama: string,
  kind: PositionKind,
  unit: Unit,
  jenjang: Jenjang | null = null,
): Node {
  const id = makeId(b, 'pos');
  const position: Position = {
    id,
    kode: kode ?? `${superior!.position.kode}.${superior!.next++}`,
    nama,
    kind,
    jenjang,
    unitId: unit.id,
    superiorId: superior ? superior.position.id : null,
    memimpinUnitMandiri: false,
    substansi: '',
    ...jabatanFields(b, id, kind, jenjang),
    placement: null,
  };
  b.positions.push(position);
  const node: Node = { position, next: 1, children: [] };
  superior?.children.push(node);
  return node;
}

/** Kelas, K and pemangku of a generated jabatan: 60% have a holder (K 1, as one slot per row). */
function jabatanFields(b: Builder, id: string, kind: PositionKind, jenjang: Jenjang | null): Pick<Position, 'kelasJabatan' | 'kebutuhan' | 'pemangku' | 'bezetting'> {
  if (!b.rng.chance(0.6)) return { kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null };
  const { kelasJabatan, ...person } = makeHolder(b.rng, kind, jenjang);
  return { kelasJabatan, kebutuhan: 1, pemangku: [{ id: `${id}-pemangku-1`, ...person }], bezetting: null };
}

/** Structural official heading a new unit under `superior`. */
function addOfficial(b: Builder, superior: Node, kind: PositionKind, jabatan: string, unitNama: string, pengecualian = false): Node {
  const parentUnit = b.units.find((u) => u.id === superior.position.unitId)!;
  return addPosition(b, superior, null, jabatan, kind, addUnit(b, unitNama, parentUnit, undefined, pengecualian));
}

function takeNames(rng: Rng, names: readonly string[], count: number): string[] {
  const pool = [...names];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (pool.length === 0) out.push(`${names[i % names.length]} ${Math.floor(i / names.length) + 1}`);
    else out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]);
  }
  return out;
}

/** The structural skeleton of one PD; returns the head and every official (who may get a stack). */
function buildSkeleton(b: Builder, pd: PdSpec, kode: string, budget: number): { head: Node; officials: Node[] } {
  const { rng } = b;
  const scale = Math.max(2, Math.min(9, Math.round(budget / 45)));
  const root = addUnit(b, pd.nama, null, pd.tipe);
  const officials: Node[] = [];
  const official = (sup: Node, kind: PositionKind, jabatan: string, unitNama: string, pengecualian = false) => {
    const n = addOfficial(b, sup, kind, jabatan, unitNama, pengecualian);
    officials.push(n);
    return n;
  };
  const sekretariat = (head: Node, sekretaris: string, subbag: number) => {
    const sek = official(head, 'administrator', sekretaris, 'Sekretariat');
    for (const s of takeNames(rng, SUBBAGIAN, subbag)) official(sek, 'pengawas', `Kepala Subbagian ${s}`, `Subbagian ${s}`, true);
  };

  let head: Node;
  switch (pd.tipe) {
    case 'setda': {
      head = addPosition(b, null, kode, 'Sekretaris Daerah', 'jpt-pratama', root);
      for (const a of ASISTEN) {
        const asisten = official(head, 'jpt-pratama', `Asisten ${a}`, `Asisten ${a}`);
        for (const bag of takeNames(rng, BAGIAN, Math.max(2, Math.round(scale / 2)))) {
          const kabag = official(asisten, 'administrator', `Kepala Bagian ${bag}`, `Bagian ${bag}`, true);
          for (const s of takeNames(rng, SUBBAGIAN, rng.int(0, 2))) {
            official(kabag, 'pengawas', `Kepala Subbagian ${s}`, `Subbagian ${s}`, true);
          }
        }
      }
      break;
    }
    case 'setwan': {
      head = addPosition(b, null, kode, 'Sekretaris DPRD', 'jpt-pratama', root);
      for (const bag of takeNames(rng, BAGIAN.slice(7), Math.min(scale, 5))) {
        const kabag = official(head, 'administrator', `Kepala Bagian ${bag}`, `Bagian ${bag}`);
        for (const s of takeNames(rng, SUBBAGIAN, rng.int(0, 1))) {
          official(kabag, 'pengawas', `Kepala Subbagian ${s}`, `Subbagian ${s}`, true);
        }
      }
      break;
    }
    case 'inspektorat': {
      head = addPosition(b, null, kode, 'Inspektur', 'jpt-pratama', root);
      sekretariat(head, 'Sekretaris Inspektorat', 1);
      for (let i = 1; i <= Math.min(Math.max(scale, 3), 5); i++) {
        official(head, 'administrator', `Inspektur Pembantu Wilayah ${['I', 'II', 'III', 'IV', 'V'][i - 1]}`, `Inspektur Pembantu Wilayah ${i}`);
      }
      break;
    }
    case 'rsud': {
      head = addPosition(b, null, kode, 'Direktur', 'jpt-pratama', root);
      for (const w of ['Pelayanan', 'Umum dan Keuangan']) {
        const wadir = official(head, 'administrator', `Wakil Direktur ${w}`, `Wakil Direktur ${w}`);
        const parts = w === 'Pelayanan' ? ['Bidang Pelayanan Medis', 'Bidang Keperawatan', 'Bidang Penunjang'] : ['Bagian Umum', 'Bagian Keuangan'];
        for (const part of parts.slice(0, Math.max(2, Math.round(scale / 2)))) {
          const kepala = official(wadir, 'administrator', `Kepala ${part}`, part, true);
          for (const s of takeNames(rng, SEKSI, rng.int(0, 2))) {
            official(kepala, 'pengawas', `Kepala Seksi ${s}`, `Seksi ${s} ${part}`, true);
          }
        }
      }
      break;
    }
    case 'kecamatan': {
      head = addPosition(b, null, kode, 'Camat', 'administrator', root);
      sekretariat(head, 'Sekretaris Camat', rng.int(1, 2));
      for (const s of takeNames(rng, ['Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Pemberdayaan Masyarakat', 'Pelayanan Umum', 'Kesejahteraan Sosial'], rng.int(3, 5))) {
        official(head, 'pengawas', `Kepala Seksi ${s}`, `Seksi ${s}`);
      }
      for (const k of takeNames(rng, KELURAHAN, Math.max(2, Math.min(6, scale)))) {
        official(head, 'pengawas', `Lurah ${k}`, `Kelurahan ${k}`, true);
      }
      break;
    }
    default: {
      const kepala = pd.tipe === 'satpol-pp' ? 'Kepala Satuan Polisi Pamong Praja' : `Kepala ${pd.nama.split(' ')[0]}`;
      head = addPosition(b, null, kode, kepala, 'jpt-pratama', root);
      sekretariat(head, pd.tipe === 'badan' ? 'Sekretaris Badan' : 'Sekretaris', rng.int(1, 2));
      for (const bid of takeNames(rng, BIDANG, scale)) {
        const kabid = official(head, 'administrator', `Kepala Bidang ${bid}`, `Bidang ${bid}`);
        if (rng.chance(0.3)) {
          for (const s of takeNames(rng, SEKSI, rng.int(1, 3))) {
            official(kabid, 'pengawas', `Kepala Seksi ${s}`, `Seksi ${s} ${bid}`, true);
          }
        }
      }
      for (let i = 1; i <= rng.int(0, 2); i++) {
        official(head, 'pengawas', `Kepala UPT ${pd.nama.split(' ').slice(1).join(' ')} ${['Wilayah I', 'Wilayah II'][i - 1]}`, `UPT Wilayah ${i}`, true);
      }
    }
  }
  return { head, officials: [head, ...officials] };
}

const MAX_STACK = 25;

function buildPd(b: Builder, pd: PdSpec, kode: string, budget: number): void {
  const { rng } = b;
  const before = b.positions.length;
  const { head, officials } = buildSkeleton(b, pd, kode, budget);
  const hasPengawasUnder = (n: Node) => n.children.some((c) => c.position.kind === 'pengawas');
  // The head keeps a few senior JF; everyone else shares the rest by random weight, at most 25 each (KED-09).
  // Not enough officials for the budget at ≤ 25 each: add Seksi under the Administrators with the fewest.
  const administrators = officials.filter((o) => o.position.kind === 'administrator');
  const hosts = administrators.length > 0 ? administrators : [head];
  let extra = 0;
  while ((officials.length - 1) * (MAX_STACK - 3) + 4 < budget - (b.positions.length - before)) {
    const host = hosts.reduce((m, h) => (h.children.length < m.children.length ? h : m));
    const nama = `${SEKSI[extra % SEKSI.length]}${extra >= SEKSI.length ? ` ${Math.floor(extra / SEKSI.length) + 1}` : ''}`;
    extra++;
    const unitNama = `Seksi ${nama} ${b.units.find((u) => u.id === host.position.unitId)!.nama}`;
    officials.push(addOfficial(b, host, 'pengawas', `Kepala Seksi ${nama}`, unitNama, true));
  }
  let remaining = Math.max(0, budget - (b.positions.length - before));
  const headShare = Math.min(remaining, officials.length > 1 ? rng.int(0, 4) : MAX_STACK);
  const others = officials.slice(1);
  const weights = others.map(() => 0.4 + rng.next());
  const total = weights.reduce((x, y) => x + y, 0);
  remaining -= headShare;
  const shares = others.map((_, i) => Math.min(MAX_STACK, Math.floor((remaining * weights[i]) / total)));
  let left = remaining - shares.reduce((x, y) => x + y, 0);
  for (let i = 0; left > 0 && others.length > 0; i = (i + 1) % others.length) {
    if (shares[i] < MAX_STACK) {
      shares[i]++;
      left--;
    } else if (shares.every((s) => s >= MAX_STACK)) break;
  }
  // Anything that still does not fit goes to the head (rare: only for tiny skeletons with a huge budget).
  const stacks = new Map<Node, number>([[head, headShare + Math.max(0, left)], ...others.map((o, i) => [o, shares[i]] as const)]);

  const families = [...(JF_BY_TIPE[pd.tipe] ?? []), ...JF_COMMON];
  for (const [owner, count] of stacks) {
    const unit = b.units.find((u) => u.id === owner.position.unitId)!;
    const rank = owner.position.kind;
    for (let i = 0; i < count; i++) {
      const jptOwner = rank === 'jpt-pratama' || rank === 'jpt-madya';
      // Pelaksana never directly under an Administrator who has Pengawas (KED-05), nor under a JPT.
      const pelaksanaOk = !jptOwner && !(rank === 'administrator' && hasPengawasUnder(owner));
      if (pelaksanaOk && rng.chance(0.35)) {
        addPosition(b, owner, null, rng.pick(PELAKSANA), 'pelaksana', unit);
        continue;
      }
      const jenjang = jenjangFor(rng, rank);
      const skilled = KETERAMPILAN.includes(jenjang);
      const fitting = families.filter((f) => (skilled ? f.keterampilan : f.keahlian));
      const family = rng.pick(fitting);
      addPosition(b, owner, null, `${family.nama} ${JENJANG_LABELS[jenjang]}`, 'fungsional', unit, jenjang);
    }
  }
}

function jenjangFor(rng: Rng, superiorKind: PositionKind): Jenjang {
  const r = rng.next();
  if (superiorKind === 'jpt-pratama' || superiorKind === 'jpt-madya') return r < 0.1 ? 'ahli-utama' : 'ahli-madya';
  if (superiorKind === 'administrator') {
    if (r < 0.4) return 'ahli-muda';
    if (r < 0.7) return 'ahli-pertama';
    return KETERAMPILAN[Math.min(3, Math.floor((r - 0.7) / 0.1))];
  }
  if (r < 0.5) return 'ahli-pertama';
  return KETERAMPILAN[Math.min(3, Math.floor((r - 0.5) / 0.17))];
}

// ── Holder data ─────────────────────────────────────────────────────────────────────────────────────────────

const GELAR: Partial<Record<Pendidikan, string>> = { S1: ', S.E.', S2: ', M.Si.', S3: ', M.Si.', D3: ', A.Md.', D4: ', S.Tr.' };

/** A holder's data with the kelas of the jabatan it holds. */
type Holder = PemangkuData & { kelasJabatan: number | null };

function makeHolder(rng: Rng, kind: PositionKind, jenjang: Jenjang | null): Holder {
  const senior = kind === 'jpt-pratama' || kind === 'jpt-madya' || jenjang === 'ahli-madya' || jenjang === 'ahli-utama';
  const pendidikan: Pendidikan =
    kind === 'pelaksana'
      ? rng.pick(['SMA/SMK', 'D3', 'S1'] as const)
      : jenjang !== null && KETERAMPILAN.includes(jenjang)
        ? rng.pick(['D3', 'D3', 'S1'] as const)
        : senior
          ? rng.pick(['S2', 'S2', 'S1', 'S3'] as const)
          : rng.pick(['S1', 'S1', 'S2'] as const);
  const golongan: Golongan = senior
    ? rng.pick(['IV/b', 'IV/c', 'IV/a'] as const)
    : kind === 'administrator'
      ? rng.pick(['IV/a', 'III/d'] as const)
      : kind === 'pengawas'
        ? rng.pick(['III/c', 'III/d'] as const)
        : kind === 'pelaksana'
          ? rng.pick(['II/c', 'II/d', 'III/a', 'III/b'] as const)
          : rng.pick(['III/a', 'III/b', 'III/c', 'III/d'] as const);
  const kelasJabatan = KELAS[kind] ?? (jenjang ? KELAS_JF[jenjang] : 7);
  const born = rng.int(1966, 1998);
  const start = Math.min(2024, born + rng.int(22, 30));
  const nip =
    `${born}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}` + `${start}${pad(rng.int(1, 12))}` + `${rng.int(1, 2)}${String(rng.int(1, 999)).padStart(3, '0')}`;
  const gelar = GELAR[pendidikan] ?? '';
  return {
    nama: `${pendidikan === 'S3' ? 'Dr. ' : ''}${rng.pick(FIRST)} ${rng.pick(LAST)}${gelar}`,
    nip,
    pendidikan,
    golongan,
    kelasJabatan,
    predikatKinerja: rng.pick(['baik', 'baik', 'baik', 'sangat-baik', 'butuh-perbaikan'] as const satisfies readonly PredikatKinerja[]),
    pengalamanTahun: Math.max(1, 2025 - start),
  };
}

const KELAS: Partial<Record<PositionKind, number>> = { 'jpt-madya': 15, 'jpt-pratama': 14, administrator: 12, pengawas: 9, pelaksana: 6 };
const KELAS_JF: Record<Jenjang, number> = {
  'ahli-utama': 14, 'ahli-madya': 12, 'ahli-muda': 10, 'ahli-pertama': 8, penyelia: 8, mahir: 7, terampil: 6, pemula: 5,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// ── Public API ──────────────────────────────────────────────────────────────────────────────────────────────

/** PD budgets: a realistic spread (40–240 positions), the last one absorbing the rest. */
function planBudgets(rng: Rng, total: number, fixed: TipePd[] | undefined): { pd: PdSpec; budget: number }[] {
  if (fixed && fixed.length > 0) {
    const base = Math.floor(total / fixed.length);
    const used = new Map<TipePd, number>();
    return fixed.map((tipe, i) => {
      const n = (used.get(tipe) ?? 0) + 1;
      used.set(tipe, n);
      const known = DEFAULT_PDS.filter((p) => p.tipe === tipe);
      const nama = known[(n - 1) % Math.max(1, known.length)]?.nama ?? `Perangkat Daerah ${i + 1}`;
      const suffix = known.length > 0 && n > known.length ? ` ${Math.ceil(n / known.length)}` : '';
      return { pd: { tipe, nama: nama + suffix }, budget: i === fixed.length - 1 ? total - base * i : base };
    });
  }
  const plan: { pd: PdSpec; budget: number }[] = [];
  let left = total;
  for (let i = 0; left > 0; i++) {
    const spec = DEFAULT_PDS[i % DEFAULT_PDS.length];
    const round = Math.floor(i / DEFAULT_PDS.length);
    const pd = { tipe: spec.tipe, nama: round === 0 ? spec.nama : `${spec.nama} ${round + 1}` };
    let budget = spec.tipe === 'setda' || spec.tipe === 'rsud' ? rng.int(150, 240) : rng.int(40, 180);
    if (left - budget < 40) budget = left;
    plan.push({ pd, budget });
    left -= budget;
  }
  return plan;
}

export function generateWorkspace(opts: GenerateOptions): Workspace {
  const rng = new Rng(opts.seed);
  const b: Builder = { rng, units: [], positions: [], usedIds: new Set() };
  const plan = planBudgets(rng, opts.positions, opts.perangkatDaerah);
  plan.forEach(({ pd, budget }, i) => {
    const before = b.positions.length;
    buildPd(b, pd, String(i + 1), budget);
    // The skeleton of a tiny budget may overshoot; trim its last positions (pushed after their superiors).
    const over = b.positions.length - before - budget;
    if (over > 0) b.positions.length -= over;
  });
  if (b.positions.length > opts.positions) b.positions.length = opts.positions;
  // Drop units left without positions by the trimming (a unit stays when anything below it has positions).
  const byId = new Map(b.units.map((u) => [u.id, u]));
  const kept = new Set<string>();
  for (const p of b.positions) {
    for (let u = byId.get(p.unitId); u && !kept.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined) kept.add(u.id);
  }
  const units = b.units.filter((u) => kept.has(u.id));

  const doc: Workspace = {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    id: `doc_bench_${opts.positions}_${opts.seed}`,
    title: `Data sintetis: ${opts.positions} jabatan (seed ${opts.seed})`,
    instansi: { nama: 'Pemerintah Kota Sintetis', jenis: 'kota' },
    profileId: 'nasional',
    severityOverrides: {},
    settings: { labelKelompokManajemen: 'Manajemen' },
    units: Object.fromEntries(units.map((u) => [u.id, u])),
    positions: Object.fromEntries(b.positions.map((p) => [p.id, p])),
    teams: {},
    maps: {},
  };
  if (opts.placements !== false) {
    for (const [id, point] of Object.entries(quickLayout(doc))) doc.positions[id].placement = point;
  }
  if (opts.teams) doc.teams = generateTeams(doc, opts.teams, opts.seed);
  if (opts.lintasFungsi) {
    const map = generateLintasFungsiMap(doc, opts.lintasFungsi.activities, opts.seed);
    doc.maps[map.id] = map;
  }
  return doc;
}

// ── Tim Kerja ───────────────────────────────────────────────────────────────────────────────────────────────

const TEAM_TOPICS = [
  'Satu Data', 'Reformasi Birokrasi', 'Pelayanan Publik Terpadu', 'Penyusunan Renja', 'Evaluasi SAKIP', 'Inovasi Daerah',
  'Penanganan Stunting', 'Smart City', 'Penyusunan LKPJ', 'Percepatan Perizinan', 'Zona Integritas', 'Pengelolaan Aset',
];
const INSTANSI_LAIN = ['Diskominfo Provinsi', 'BPS Kabupaten', 'Kantor Pertanahan', 'BPKP Perwakilan Provinsi'];

/**
 * `count` teams over the structure (own seed, so the positions are the same with or without teams): each owned by
 * a unit with a JF/Pelaksana Ketua from it and 2–8 Anggota, mostly from the owner unit, some from another unit of
 * the PD (~20%), another PD (~8%) or another instansi (~4%); periods of 3–12 months in 2026; about half with a
 * declared instrument. Deterministic.
 */
/**
 * The peta jabatan shape of a generated structure: every JF/Pelaksana jabatan carries K and several pemangku, spread so
 * that the whole document holds `total` pemangku (lint_full_5000_pemangku_ms). NIPs are 18 digits and unique —
 * tanggal lahir, TMT, jenis kelamin, then the person's running number — as the BKN issues them, so the JAB rules
 * measure their cost on a clean file rather than on thousands of findings.
 */
export function withPemangku(doc: Workspace, total: number, seed: number): Workspace {
  const rng = new Rng(seed);
  const jabatan = Object.values(doc.positions).filter((p) => p.kind === 'fungsional' || p.kind === 'pelaksana');
  const others = Object.values(doc.positions).filter((p) => p.kind !== 'fungsional' && p.kind !== 'pelaksana');
  const positions: Workspace['positions'] = {};
  let n = 0;
  const person = (id: string) => {
    n++;
    const born = rng.int(1966, 1998);
    const start = Math.min(2024, born + rng.int(22, 30));
    const nip = `${born}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${start}${pad(rng.int(1, 12))}${rng.int(1, 2)}${String(n % 1000).padStart(3, '0')}`;
    return { id: `${id}-o${n}`, nama: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, nip, pendidikan: null, golongan: null, predikatKinerja: null, pengalamanTahun: null };
  };
  for (const p of others) positions[p.id] = { ...p, pemangku: p.pemangku.length ? [{ ...person(p.id) }] : [], bezetting: null };
  const left = total - Object.values(positions).reduce((k, p) => k + p.pemangku.length, 0);
  const per = Math.max(1, Math.floor(left / Math.max(1, jabatan.length)));
  jabatan.forEach((p, i) => {
    const count = i === jabatan.length - 1 ? Math.max(0, total - n) : per;
    const pemangku = Array.from({ length: count }, () => person(p.id));
    positions[p.id] = { ...p, kebutuhan: count + rng.int(0, 1), pemangku, bezetting: null };
  });
  return { ...doc, positions };
}

export function generateTeams(doc: Workspace, count: number, seed: number): Workspace['teams'] {
  const rng = new Rng(seed * 31 + 7);
  const staff = Object.values(doc.positions).filter((p) => p.kind === 'fungsional' || p.kind === 'pelaksana');
  if (staff.length === 0) return {};
  const pdOf = (unitId: string): string => {
    let u = doc.units[unitId];
    while (u.parentId !== null && !u.isPerangkatDaerah) u = doc.units[u.parentId];
    return u.id;
  };
  const byUnit = new Map<string, Position[]>();
  const byPd = new Map<string, Position[]>();
  for (const p of staff) {
    (byUnit.get(p.unitId) ?? byUnit.set(p.unitId, []).get(p.unitId)!).push(p);
    const pd = pdOf(p.unitId);
    (byPd.get(pd) ?? byPd.set(pd, []).get(pd)!).push(p);
  }
  const owners = [...byUnit.keys()];
  const pds = [...byPd.keys()];
  const teams: Workspace['teams'] = {};
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const owner = rng.pick(owners);
    const local = byUnit.get(owner)!;
    const pd = pdOf(owner);
    const id = `team_${String(i + 1).padStart(4, '0')}`;
    const members: Workspace['teams'][string]['members'] = [];
    const taken = new Set<string>();
    const add = (role: 'ketua' | 'anggota', p: Position) => {
      if (taken.has(p.id)) return;
      taken.add(p.id);
      members.push({ id: `${id}_m${members.length + 1}`, role, positionId: p.id, personId: null, external: null, cara: rng.chance(0.15) ? 'pengajuan-sukarela' : 'penunjukan', mulai: null, selesai: null });
    };
    add('ketua', rng.pick(local));
    const size = rng.int(2, 8);
    for (let k = 0; k < size; k++) {
      const r = rng.next();
      if (r < 0.04) {
        members.push({
          id: `${id}_m${members.length + 1}`,
          role: 'anggota',
          positionId: null,
          personId: null,
          external: { nama: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, instansi: rng.pick(INSTANSI_LAIN), jabatan: 'Pranata Komputer Ahli Muda', nip: '' },
          cara: 'penunjukan',
          mulai: null,
          selesai: null,
        });
      } else if (r < 0.12) add('anggota', rng.pick(byPd.get(rng.pick(pds))!));
      else if (r < 0.32) add('anggota', rng.pick(byPd.get(pd)!));
      else add('anggota', rng.pick(local));
    }
    const month = rng.int(1, 10);
    const length = rng.int(3, 12);
    const endMonth = Math.min(12, month + length - 1);
    const topic = rng.pick(TEAM_TOPICS);
    let nama = `Tim ${topic} ${doc.units[owner].nama}`;
    while (used.has(nama)) nama += ' II';
    used.add(nama);
    teams[id] = {
      id,
      nama,
      targetKinerja: `Tercapainya target ${topic.toLowerCase()} tahun 2026`,
      ownerUnitId: owner,
      pimpinanUnitId: null,
      penilaiKinerjaId: null,
      penanggungjawabId: null,
      members,
      mulai: `2026-${pad(month)}-01`,
      selesai: `2026-${pad(endMonth)}-${pad(new Date(Date.UTC(2026, endMonth, 0)).getUTCDate())}`,
      instrument: rng.chance(0.5) ? { jenis: 'surat-tugas', nomor: `800/${i + 1}/2026`, tanggal: '2025-12-20', penandatangan: 'kepala-perangkat-daerah' } : null,
      rekomendasiTimVerifikasi: null,
      rincianTugas: { penanggungjawab: [], ketua: [], anggota: [] },
    };
  }
  return teams;
}

const CSV_COLUMNS = [
  'kode', 'nama_jabatan', 'jenis', 'jenjang', 'unit', 'tipe_pd', 'atasan', 'memimpin_unit_mandiri', 'substansi',
  'pengecualian', 'nama', 'nip', 'pendidikan', 'golongan', 'kelas_jabatan', 'predikat_kinerja', 'pengalaman_tahun',
] as const;

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A document as a DOMAIN.md §8.1 peta jabatan CSV (comma separated, header row, one row per position). */
export function workspaceToCsv(doc: Workspace): string {
  const lines = [CSV_COLUMNS.join(',')];
  const pdOf = (unitId: string): Unit => {
    let u = doc.units[unitId];
    while (u.parentId !== null && !u.isPerangkatDaerah) u = doc.units[u.parentId];
    return u;
  };
  // A unit's head is its structural position (the generator gives every unit exactly one).
  const heads = new Set<string>();
  for (const p of Object.values(doc.positions)) if (p.kind !== 'fungsional' && p.kind !== 'pelaksana') heads.add(p.id);
  for (const p of Object.values(doc.positions)) {
    const unit = doc.units[p.unitId];
    const h = p.pemangku[0] ? { ...p.pemangku[0], kelasJabatan: p.kelasJabatan } : null;
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      kode: p.kode,
      nama_jabatan: p.nama,
      jenis: p.kind,
      jenjang: p.jenjang ?? '',
      unit: unitPath(doc, p.unitId),
      tipe_pd: pdOf(p.unitId).tipePd ?? 'dinas',
      atasan: p.superiorId ? doc.positions[p.superiorId].kode : '',
      memimpin_unit_mandiri: p.memimpinUnitMandiri ? 'ya' : '',
      substansi: p.substansi,
      pengecualian: heads.has(p.id) && unit.pengecualian ? 'ya' : '',
      nama: h?.nama ?? '',
      nip: h?.nip ?? '',
      pendidikan: h?.pendidikan ?? '',
      golongan: h?.golongan ?? '',
      kelas_jabatan: h?.kelasJabatan != null ? String(h.kelasJabatan) : '',
      predikat_kinerja: h?.predikatKinerja ?? '',
      pengalaman_tahun: h?.pengalamanTahun != null ? String(h.pengalamanTahun) : '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return lines.join('\n') + '\n';
}

/** The same workspace as generateWorkspace({ positions, seed }) as a peta jabatan CSV. */
export function generateCsv(positions: number, seed: number): string {
  return workspaceToCsv(generateWorkspace({ positions, seed, placements: false }));
}

/**
 * A sound lintas fungsi map of `activities` activities over eight lanes — seven bound to structural positions of
 * the workspace, one outside party: a decision after every tenth activity (its "Tidak" loops back a few steps), a
 * pair of off-page connectors every hundred activities, mutu baku filled in. Same inputs → same map.
 */
export function generateLintasFungsiMap(doc: Workspace, activities: number, seed: number): LintasFungsiMap {
  const rng = new Rng(seed ^ 0x5eed);
  const id = `map_lf_${activities}_${seed}`;
  const structural = Object.values(doc.positions).filter((p) => p.kind !== 'fungsional' && p.kind !== 'pelaksana');
  const lanes: Lane[] = structural.slice(0, 7).map((p, i) => ({
    id: `${id}_l${i}`,
    label: p.nama,
    binding: { kind: 'position', id: p.id, boundAs: { nama: p.nama, positionKind: p.kind, unitId: p.unitId } },
    size: 260,
  }));
  lanes.push({ id: `${id}_luar`, label: 'Masyarakat', binding: { kind: 'luar', nama: 'Masyarakat' }, size: 260 });
  const nodes: LfNode[] = [];
  const arrows: LfArrow[] = [];
  let n = 0;
  const add = (node: LfNode): string => {
    nodes.push(node);
    return node.id;
  };
  const base = (label: string, laneId: string) => ({ id: `${id}_n${n++}`, label, laneId, placement: null, sumber: '' });
  const arrow = (source: string, target: string, label = '') => arrows.push({ id: `${id}_a${arrows.length}`, source, target, label });
  let lane = 0;
  let prev = add({ ...base('Mulai', lanes[0].id), type: 'terminator', peran: 'mulai' });
  /** the label of the arrow that leaves `prev` next: "Ya" after a decision */
  let exit = '';
  const activityIds: string[] = [];
  for (let i = 0; i < activities; i++) {
    if (!rng.chance(0.45)) lane = rng.int(0, lanes.length - 1);
    const a = add({
      ...base(`Kegiatan ${i + 1}`, lanes[lane].id),
      type: 'activity',
      mutuBaku: { kelengkapan: `Dokumen ${i + 1}`, waktu: `${rng.int(1, 5)} hari`, output: `Hasil ${i + 1}` },
      keterangan: '',
    });
    arrow(prev, a, exit);
    prev = a;
    exit = '';
    activityIds.push(a);
    if (i % 10 === 9) {
      const d = add({ ...base(`Sesuai ${i + 1}?`, lanes[lane].id), type: 'decision', keterangan: '' });
      arrow(prev, d);
      arrow(d, activityIds[Math.max(0, activityIds.length - 1 - rng.int(1, 3))], 'Tidak');
      prev = d;
      exit = 'Ya';
    }
    if (i % 100 === 99 && i + 1 < activities) {
      const out = add({ ...base(`H${i + 1}`, lanes[lane].id), type: 'connector' });
      arrow(prev, out, exit);
      prev = add({ ...base(`H${i + 1}`, lanes[lane].id), type: 'connector' });
      exit = '';
    }
  }
  arrow(prev, add({ ...base('Selesai', lanes[lane].id), type: 'terminator', peran: 'selesai' }), exit);
  return {
    id,
    kind: 'lintas-fungsi',
    sop: emptySopIdentitas(),
    title: `Peta lintas fungsi sintetis (${activities} kegiatan)`,
    ownerUnitId: structural[0]?.unitId ?? null,
    parent: null,
    meta: { status: 'draf', skNomor: '', skTanggal: null, tahun: null, revisi: 0 },
    orientation: 'columns',
    lanes,
    nodes,
    arrows,
  };
}

/**
 * A Pemda's workspace: `count` Perangkat Daerah documents of `perPd` positions each (different seeds, ids and titles),
 * with pemangku on most jabatan. Used by the 50-PD browser test and workspace_open_50pd_ms.
 */
export function generatePemda(count: number, perPd: number, seed: number): Workspace[] {
  return Array.from({ length: count }, (_, i) => {
    const base = generateWorkspace({ positions: perPd, seed: seed + i, placements: false });
    const doc = withPemangku(base, Math.round(perPd * 0.6), seed + i);
    const n = String(i + 1).padStart(2, '0');
    return { ...doc, id: `doc_pd_${n}`, title: `Dinas Sintetis ${n}`, instansi: { ...doc.instansi, nama: 'Pemerintah Kabupaten Sintetis' } };
  });
}
