// The workspace document. These zod schemas are the single source of the document's types.
// Defaults let restore() fill what an older or partial file leaves out.
import { z } from 'zod';
import {
  GOLONGAN,
  JENJANG,
  PENDIDIKAN,
  POSITION_KINDS,
  PREDIKAT_KINERJA,
  PROFILE_IDS,
  SEVERITY_SETTINGS,
  TIPE_PD,
} from './vocabulary';

/**
 * Version policy: every change of the document's shape bumps CURRENT_VERSION, adds a step to MIGRATIONS and commits a
 * fixture of the old version under test/fixtures/documents/. Objects are loose: fields this build does not know are
 * kept and written back, so a file passed through an older build loses nothing. A file of a newer version is refused
 * by restore() with a notice, never opened and saved back cut down.
 */
// Version 4 is issue 13's (peta jabatan); version 5 adds the catatan reviu (issue 17).
export const CURRENT_VERSION = 5;

/**
 * An object schema that keeps the fields it does not know (a newer build's), typed as the plain object so the records
 * stay closed types in the code; the extra fields ride along untouched in the document and its files.
 */
function openObject<T extends z.core.$ZodLooseShape>(shape: T): z.ZodObject<T> {
  return z.looseObject(shape) as unknown as z.ZodObject<T>;
}
export const FORMAT_TAG = 'petakerja';

const id = z.string().min(1);
const text = z.string().default('');
const nullableText = z.string().nullable().default(null);

export const PointSchema = openObject({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof PointSchema>;

/**
 * A person holding a jabatan (pemangku, DOMAIN.md §8.3); every field but the id is optional. Kelas jabatan belongs to
 * the jabatan, not the person. The id is what a Tim Kerja member names (TeamMember.personId).
 */
export const PemangkuSchema = openObject({
  id,
  nama: text,
  nip: text,
  pendidikan: z.enum(PENDIDIKAN).nullable().default(null),
  golongan: z.enum(GOLONGAN).nullable().default(null),
  predikatKinerja: z.enum(PREDIKAT_KINERJA).nullable().default(null),
  pengalamanTahun: z.number().min(0).max(60).nullable().default(null),
});
export type Pemangku = z.infer<typeof PemangkuSchema>;

/** A pemangku's data without its id (what a row of a sheet or the properties panel gives). */
export type PemangkuData = Omit<Pemangku, 'id'>;

/** The highest count a jabatan may carry as K or B (far above any unit; guards typing slips such as 1e9). */
export const MAX_JUMLAH = 100_000;

export const UnitSchema = openObject({
  id,
  nama: z.string(),
  /** null for a top-level unit */
  parentId: id.nullable().default(null),
  isPerangkatDaerah: z.boolean().default(false),
  /** set on a Perangkat Daerah */
  tipePd: z.enum(TIPE_PD).nullable().default(null),
  /** PermenPANRB 25/2021: this unit may keep more than two structural levels */
  pengecualian: z.boolean().default(false),
});
export type Unit = z.infer<typeof UnitSchema>;

export const PositionSchema = openObject({
  id,
  /** the position's code, kept as text: "1.10" is not "1.1" */
  kode: text,
  nama: z.string(),
  kind: z.enum(POSITION_KINDS),
  /** only for fungsional */
  jenjang: z.enum(JENJANG).nullable().default(null),
  unitId: id,
  /**
   * The direct superior. One field, not a line collection: a position answers to exactly one official,
   * and deleting a position can never leave a dangling line. The line is komando when the subordinate is
   * structural and kedudukan when it is a JF or Pelaksana (see lines.ts).
   */
  superiorId: id.nullable().default(null),
  memimpinUnitMandiri: z.boolean().default(false),
  substansi: text,
  /** kelas jabatan 1–17, set per jabatan (DOMAIN.md §8.3) */
  kelasJabatan: z.number().int().min(1).max(17).nullable().default(null),
  /** K, kebutuhan from the ABK: how many the unit needs */
  kebutuhan: z.number().int().min(0).max(MAX_JUMLAH).default(1),
  /** the persons who hold it now; B is their number when names are kept */
  pemangku: z.array(PemangkuSchema).default([]),
  /** B as a count, for files that carry numbers but no names; null = B is the number of pemangku */
  bezetting: z.number().int().min(0).max(MAX_JUMLAH).nullable().default(null),
  /** where the user or "Rapikan" put the box; null = not placed yet (stacked JF/Pelaksana never need one) */
  placement: PointSchema.nullable().default(null),
});
export type Position = z.infer<typeof PositionSchema>;

// Teams (Tim Kerja). Every field added after version 2 has a default, so version-2 documents parse unchanged.
export const TEAM_ROLES = ['ketua', 'koordinator', 'anggota'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const CARA_PENUGASAN = ['penunjukan', 'pengajuan-sukarela'] as const;
export type CaraPenugasan = (typeof CARA_PENUGASAN)[number];

/** A person of another instansi (not a position of this structure). */
export const ExternalPersonSchema = openObject({
  nama: z.string(),
  instansi: z.string(),
  jabatan: text,
  nip: text,
});
export type ExternalPerson = z.infer<typeof ExternalPersonSchema>;

export const TeamMemberSchema = openObject({
  id,
  role: z.enum(TEAM_ROLES),
  /** a position of the structure, or null for a person of another instansi */
  positionId: id.nullable().default(null),
  /** which pemangku of that position (Position.pemangku[].id); null when the jabatan has none named */
  personId: id.nullable().default(null),
  external: ExternalPersonSchema.nullable().default(null),
  cara: z.enum(CARA_PENUGASAN).default('penunjukan'),
  /** the member's own period (ISO dates) when it differs from the team's; null = the team's */
  mulai: nullableText,
  selesai: nullableText,
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/**
 * The instrument that established the team, as declared by the user. `jenis` and `penandatangan` hold the codes
 * of model/teams.ts (INSTRUMENT_JENIS, PENANDATANGAN); they stay plain text so that an older file's free text
 * still opens (TIM-08 reports text it does not recognise).
 */
export const TeamInstrumentSchema = openObject({
  jenis: text,
  nomor: text,
  tanggal: nullableText,
  penandatangan: text,
});
export type TeamInstrument = z.infer<typeof TeamInstrumentSchema>;

export const TeamSchema = openObject({
  id,
  nama: z.string(),
  targetKinerja: text,
  /** pemilik kinerja: the unit that owns the target */
  ownerUnitId: id.nullable().default(null),
  /** position ids: Pimpinan Unit Organisasi, Pejabat Penilai Kinerja (may differ), Penanggungjawab */
  pimpinanUnitId: id.nullable().default(null),
  penilaiKinerjaId: id.nullable().default(null),
  penanggungjawabId: id.nullable().default(null),
  members: z.array(TeamMemberSchema).default([]),
  /** the team's period, ISO dates (YYYY-MM-DD) */
  mulai: nullableText,
  selesai: nullableText,
  instrument: TeamInstrumentSchema.nullable().default(null),
  /** Perwali Palembang 30/2023 Pasal 10: a team is established after the Tim Verifikasi's recommendation */
  rekomendasiTimVerifikasi: openObject({ nomor: text, tanggal: nullableText }).nullable().default(null),
  /** tasks per role, for diktum KEDUA of the decree (empty: the regulation's standard responsibilities) */
  rincianTugas: z
    .object({
      penanggungjawab: z.array(z.string()).default([]),
      ketua: z.array(z.string()).default([]),
      anggota: z.array(z.string()).default([]),
    })
    .default({ penanggungjawab: [], ketua: [], anggota: [] }),
});
export type Team = z.infer<typeof TeamSchema>;

// Process maps (peta proses bisnis, DOMAIN.md §6). One discriminated union on `kind`; every field has a default so
// a map written as `{ id, kind, title }` (or an older document's `maps: {}`) parses. Codes are text throughout.
export const MAP_KINDS = ['level', 'subproses', 'relasi', 'lintas-fungsi'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export const MAP_KIND_LABELS: Record<MapKind, string> = {
  level: 'Peta proses bisnis level',
  subproses: 'Peta subproses',
  relasi: 'Peta relasi',
  'lintas-fungsi': 'Peta lintas fungsi',
};

/** The three bands of a level map, top to bottom; `manajemen` is shown with settings.labelKelompokManajemen. */
export const PROCESS_CATEGORIES = ['manajemen', 'inti', 'pendukung'] as const;
export type ProcessCategory = (typeof PROCESS_CATEGORIES)[number];

/** A party outside the structure is named, not referenced: it has no record in the document. */
export const PartyRefSchema = z.discriminatedUnion('kind', [
  openObject({ kind: z.literal('unit'), id }),
  openObject({ kind: z.literal('luar'), nama: z.string() }),
]);
export type PartyRef = z.infer<typeof PartyRefSchema>;

/** SIPOC of one process: who supplies what, and what goes to whom. */
export const SipocSchema = openObject({
  supplier: z.array(PartyRefSchema).default([]),
  input: z.array(z.string()).default([]),
  output: z.array(z.string()).default([]),
  customer: z.array(PartyRefSchema).default([]),
});
export type Sipoc = z.infer<typeof SipocSchema>;

export const MapProcessSchema = openObject({
  id,
  /** text, never a number: "1.10" is not "1.1" (model/maps.ts numbers codes as text) */
  kode: text,
  nama: z.string(),
  /** null until the user picks a band (PETA-01 reports it) */
  kategori: z.enum(PROCESS_CATEGORIES).nullable().default(null),
  /** pengampu: the unit that owns the process */
  pengampuUnitId: id.nullable().default(null),
  sipoc: SipocSchema.prefault({}),
  keterangan: text,
});
export type MapProcess = z.infer<typeof MapProcessSchema>;

export const StakeholderSchema = openObject({
  id,
  nama: z.string(),
  /** which side of the level map the stakeholder stands on */
  side: z.enum(['input', 'output']),
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

/** Where a derivative map hangs: a process of a level map. */
export const MapParentSchema = openObject({ mapId: id, processId: id });
export type MapParent = z.infer<typeof MapParentSchema>;

export const MapMetaSchema = openObject({
  status: z.enum(['draf', 'ditetapkan']).default('draf'),
  skNomor: text,
  /** ISO date (YYYY-MM-DD) */
  skTanggal: nullableText,
  tahun: z.number().int().min(1900).max(2200).nullable().default(null),
  revisi: z.number().int().min(0).default(0),
});
export type MapMeta = z.infer<typeof MapMetaSchema>;

const mapBase = {
  id,
  title: z.string(),
  ownerUnitId: id.nullable().default(null),
  /** null for a top map; a derivative hangs from one process of a level map */
  parent: MapParentSchema.nullable().default(null),
  meta: MapMetaSchema.prefault({}),
};

export const LevelMapSchema = openObject({
  ...mapBase,
  kind: z.literal('level'),
  /** Level 0 … n; a derivative is one level below its parent map */
  level: z.number().int().min(0).max(20).default(1),
  /** reading order within a band is array order */
  processes: z.array(MapProcessSchema).default([]),
  stakeholders: z.array(StakeholderSchema).default([]),
});
export type LevelMap = z.infer<typeof LevelMapSchema>;

export const SubprosesStepSchema = openObject({
  id,
  nama: z.string(),
  output: text,
  /** pejabat pengampu: a position of the structure (Perwali Serang 23/2023 Pasal 19 ayat (4)) */
  pengampuId: id.nullable().default(null),
  keterangan: text,
});
export type SubprosesStep = z.infer<typeof SubprosesStepSchema>;

export const SubprosesMapSchema = openObject({
  ...mapBase,
  kind: z.literal('subproses'),
  /** in order */
  steps: z.array(SubprosesStepSchema).default([]),
});
export type SubprosesMap = z.infer<typeof SubprosesMapSchema>;

export const RelasiRefSchema = z.discriminatedUnion('kind', [
  openObject({ kind: z.literal('unit'), id }),
  openObject({ kind: z.literal('luar'), nama: z.string() }),
  openObject({ kind: z.literal('process'), mapId: id, processId: id }),
]);
export type RelasiRef = z.infer<typeof RelasiRefSchema>;

export const RelasiBoxSchema = openObject({
  id,
  ref: RelasiRefSchema,
  placement: PointSchema.nullable().default(null),
});
export type RelasiBox = z.infer<typeof RelasiBoxSchema>;

export const RELASI_JENIS = ['dokumen', 'data', 'layanan'] as const;
export type RelasiJenis = (typeof RELASI_JENIS)[number];

export const RelasiArrowSchema = openObject({
  id,
  source: id,
  target: id,
  /** what passes, e.g. "Dokumen RKA" */
  label: text,
  jenis: z.enum(RELASI_JENIS).nullable().default(null),
});
export type RelasiArrow = z.infer<typeof RelasiArrowSchema>;

export const RelasiMapSchema = openObject({
  ...mapBase,
  kind: z.literal('relasi'),
  boxes: z.array(RelasiBoxSchema).default([]),
  arrows: z.array(RelasiArrowSchema).default([]),
});
export type RelasiMap = z.infer<typeof RelasiMapSchema>;

/**
 * What a lane stands for. A position binding remembers what the position was when bound (`boundAs`), so LF-06 can
 * tell that the structure no longer has it in that form (penyederhanaan: a Kepala Seksi became a JF, or moved).
 */
export const LaneBindingSchema = z.discriminatedUnion('kind', [
  openObject({
    kind: z.literal('position'),
    id,
    boundAs: z
      .object({ nama: z.string(), positionKind: z.enum(POSITION_KINDS), unitId: id })
      .nullable()
      .default(null),
  }),
  openObject({ kind: z.literal('unit'), id }),
  openObject({ kind: z.literal('team'), id }),
  openObject({ kind: z.literal('luar'), nama: z.string() }),
]);
export type LaneBinding = z.infer<typeof LaneBindingSchema>;

export const LaneSchema = openObject({
  id,
  /** the role as written (template text, or the user's); shown when the lane is not bound */
  label: text,
  /** null: a role not yet bound to the structure (LF-05 warns) */
  binding: LaneBindingSchema.nullable().default(null),
  /** width of a column lane or height of a row lane, px */
  size: z.number().finite().min(40).max(4000).default(260),
});
export type Lane = z.infer<typeof LaneSchema>;

const lfNodeBase = {
  id,
  label: text,
  /** the lane the symbol stands in; null for a terminator or connector drawn outside any lane */
  laneId: id.nullable().default(null),
  /** top-left on the map canvas; null = not placed yet */
  placement: PointSchema.nullable().default(null),
  /** where the step comes from, e.g. "Perbup Banjar 39/2024, Lampiran II huruf B angka 1 huruf b butir 1)" */
  sumber: text,
};

export const MutuBakuSchema = openObject({ kelengkapan: text, waktu: text, output: text });
export type MutuBaku = z.infer<typeof MutuBakuSchema>;

export const LfNodeSchema = z.discriminatedUnion('type', [
  openObject({ ...lfNodeBase, type: z.literal('terminator'), peran: z.enum(['mulai', 'selesai']) }),
  openObject({
    ...lfNodeBase,
    type: z.literal('activity'),
    mutuBaku: MutuBakuSchema.prefault({}),
    keterangan: text,
  }),
  openObject({ ...lfNodeBase, type: z.literal('decision'), keterangan: text }),
  /** off-page connector: pairs with the other connector of the same label (LF-07) */
  openObject({ ...lfNodeBase, type: z.literal('connector') }),
]);
export type LfNode = z.infer<typeof LfNodeSchema>;
export type LfNodeType = LfNode['type'];

export const LfArrowSchema = openObject({ id, source: id, target: id, label: text });
export type LfArrow = z.infer<typeof LfArrowSchema>;

/**
 * The identity block of an SOP AP (PermenPAN 35/2012, Lampiran: "Format SOP AP"): printed above the flow table of a
 * lintas fungsi map's SOP. Revisi and the SK live in the map's meta. Optional, defaulted: a v3 file without it opens
 * unchanged, and a build that does not know it keeps it (openObject).
 */
export const SopIdentitasSchema = openObject({
  nomor: text,
  /** ISO dates (YYYY-MM-DD) */
  tanggalPembuatan: nullableText,
  tanggalRevisi: nullableText,
  tanggalEfektif: nullableText,
  /** e.g. "Kepala Dinas Kesehatan" and the name */
  disahkanOleh: text,
  dasarHukum: text,
  keterkaitan: text,
  peringatan: text,
  kualifikasiPelaksana: text,
  peralatan: text,
  pencatatan: text,
});
export type SopIdentitas = z.infer<typeof SopIdentitasSchema>;

export const LintasFungsiMapSchema = openObject({
  ...mapBase,
  kind: z.literal('lintas-fungsi'),
  sop: SopIdentitasSchema.prefault({}),
  /** columns: lanes side by side, the flow runs down (the SOP AP layout); rows: lanes stacked */
  orientation: z.enum(['columns', 'rows']).default('columns'),
  lanes: z.array(LaneSchema).default([]),
  nodes: z.array(LfNodeSchema).default([]),
  arrows: z.array(LfArrowSchema).default([]),
});
export type LintasFungsiMap = z.infer<typeof LintasFungsiMapSchema>;

export const ProcessMapSchema = z.discriminatedUnion('kind', [
  LevelMapSchema,
  SubprosesMapSchema,
  RelasiMapSchema,
  LintasFungsiMapSchema,
]);
export type ProcessMap = z.infer<typeof ProcessMapSchema>;
export type MapOfKind<K extends MapKind> = Extract<ProcessMap, { kind: K }>;

// Presentation mode (ui/presentation/): the sequence of views a trainer steps through. Part of the document so it
// travels with the file. Optional: a document without one (older files, new documents) has no steps — read it
// through presentationSteps() (model/presentation.ts).
/** A rectangle in canvas coordinates: it fits any screen, unlike a pan/zoom transform taken on one screen. */
export const ViewRegionSchema = openObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
});
export type ViewRegion = z.infer<typeof ViewRegionSchema>;

const stepBase = { id, /** caption shown while presenting; empty: the name of what the step shows */ title: text };
export const PresentationStepSchema = z.discriminatedUnion('kind', [
  /** the structure: the subtree under `rootId`, else `region`, else all of it */
  openObject({ ...stepBase, kind: z.literal('struktur'), rootId: id.nullable().default(null), region: ViewRegionSchema.nullable().default(null) }),
  /** one process map, optionally a region of a lintas fungsi canvas */
  openObject({ ...stepBase, kind: z.literal('map'), mapId: id, region: ViewRegionSchema.nullable().default(null) }),
  /** one Tim Kerja on the structure */
  openObject({ ...stepBase, kind: z.literal('team'), teamId: id }),
]);
export type PresentationStep = z.infer<typeof PresentationStepSchema>;

export const PresentationSchema = openObject({ steps: z.array(PresentationStepSchema).default([]) });
export type Presentation = z.infer<typeof PresentationSchema>;

// Catatan reviu (DOMAIN.md §9): a reviewer's note on an element or a finding, with replies. Notes travel in the
// document file; a reviewer's copy gives its notes back to the author (commands/importReviewNotes.ts).
export const NOTE_STATUSES = ['terbuka', 'ditanggapi', 'selesai'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
export const NOTE_STATUS_LABELS: Record<NoteStatus, string> = { terbuka: 'Terbuka', ditanggapi: 'Ditanggapi', selesai: 'Selesai' };

/**
 * What a note is about. `label` is the subject's name when the note was written, so a note whose subject is gone
 * still says what it was about. An element inside a map (process, lane, activity, relasi arrow …) names its map.
 */
export const NoteSubjectSchema = z.discriminatedUnion('kind', [
  openObject({ kind: z.literal('element'), id, mapId: id.nullable().default(null), label: text }),
  openObject({
    kind: z.literal('finding'),
    ruleId: z.string().min(1),
    subjects: z.array(z.string()).default([]),
    label: text,
    /** the finding's message and citation when the note was written (the Lembar Reviu prints them) */
    message: text,
    citation: text,
  }),
]);
export type NoteSubject = z.infer<typeof NoteSubjectSchema>;

export const NoteReplySchema = openObject({
  id,
  author: z.string(),
  /** ISO date-time */
  at: z.string(),
  text: z.string(),
});
export type NoteReply = z.infer<typeof NoteReplySchema>;

export const ReviewNoteSchema = openObject({
  id,
  subject: NoteSubjectSchema,
  author: z.string(),
  /** ISO date-time of writing */
  at: z.string(),
  text: z.string(),
  status: z.enum(NOTE_STATUSES).default('terbuka'),
  /** when the status last changed (ISO date-time): bringing notes back keeps the later status */
  statusAt: nullableText,
  replies: z.array(NoteReplySchema).default([]),
});
export type ReviewNote = z.infer<typeof ReviewNoteSchema>;

export const WorkspaceSchema = openObject({
  format: z.literal(FORMAT_TAG),
  version: z.literal(CURRENT_VERSION),
  id,
  /** the document's own name, shown in the document list */
  title: z.string().default('Dokumen tanpa judul'),
  instansi: z
    .object({
      nama: text,
      jenis: z.enum(['provinsi', 'kabupaten', 'kota']).nullable().default(null),
    })
    .default({ nama: '', jenis: null }),
  profileId: z.enum(PROFILE_IDS).default('nasional'),
  /** per-document override of a rule's severity, by rule id */
  severityOverrides: z.record(z.string(), z.enum(SEVERITY_SETTINGS)).default({}),
  settings: z
    .object({ labelKelompokManajemen: z.string().default('Manajemen') })
    .default({ labelKelompokManajemen: 'Manajemen' }),
  units: z.record(z.string(), UnitSchema).default({}),
  positions: z.record(z.string(), PositionSchema).default({}),
  teams: z.record(z.string(), TeamSchema).default({}),
  maps: z.record(z.string(), ProcessMapSchema).default({}),
  presentation: PresentationSchema.optional(),
  /** catatan reviu by id (version 5); absent when the document has none — read it through notesOf() */
  notes: z.record(z.string(), ReviewNoteSchema).optional(),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;
