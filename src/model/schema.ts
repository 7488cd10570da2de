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

export const CURRENT_VERSION = 2;
export const FORMAT_TAG = 'petakerja';

const id = z.string().min(1);
const text = z.string().default('');
const nullableText = z.string().nullable().default(null);

export const PointSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof PointSchema>;

/** Data of the person holding a position (pemangku); every field is optional. */
export const HolderSchema = z.object({
  nama: text,
  nip: text,
  pendidikan: z.enum(PENDIDIKAN).nullable().default(null),
  golongan: z.enum(GOLONGAN).nullable().default(null),
  kelasJabatan: z.number().int().min(1).max(17).nullable().default(null),
  predikatKinerja: z.enum(PREDIKAT_KINERJA).nullable().default(null),
  pengalamanTahun: z.number().min(0).max(60).nullable().default(null),
});
export type Holder = z.infer<typeof HolderSchema>;

export const UnitSchema = z.object({
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

export const PositionSchema = z.object({
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
  holder: HolderSchema.nullable().default(null),
  /** where the user or "Rapikan" put the box; null = not placed yet (stacked JF/Pelaksana never need one) */
  placement: PointSchema.nullable().default(null),
});
export type Position = z.infer<typeof PositionSchema>;

// Teams (Tim Kerja) — filled in by the Tim Kerja work; typed now so documents carry them from the start.
export const TeamMemberSchema = z.object({
  id,
  role: z.enum(['ketua', 'koordinator', 'anggota']),
  /** a position of the structure, or null for a person of another instansi */
  positionId: id.nullable().default(null),
  external: z
    .object({ nama: z.string(), instansi: z.string(), jabatan: text })
    .nullable()
    .default(null),
  cara: z.enum(['penunjukan', 'pengajuan-sukarela']).default('penunjukan'),
  mulai: nullableText,
  selesai: nullableText,
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamSchema = z.object({
  id,
  nama: z.string(),
  targetKinerja: text,
  ownerUnitId: id.nullable().default(null),
  pimpinanUnitId: id.nullable().default(null),
  penilaiKinerjaId: id.nullable().default(null),
  penanggungjawabId: id.nullable().default(null),
  members: z.array(TeamMemberSchema).default([]),
  mulai: nullableText,
  selesai: nullableText,
  instrument: z
    .object({ jenis: text, nomor: text, tanggal: nullableText })
    .nullable()
    .default(null),
});
export type Team = z.infer<typeof TeamSchema>;

// Process maps — filled in by the proses bisnis work.
export const MAP_KINDS = ['level', 'subproses', 'relasi', 'lintas-fungsi'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export const MapNodeSchema = z.object({
  id,
  type: z.string(),
  label: text,
  data: z.record(z.string(), z.unknown()).default({}),
  placement: PointSchema.nullable().default(null),
});
export const MapEdgeSchema = z.object({ id, source: id, target: id, label: text });

export const ProcessMapSchema = z.object({
  id,
  kind: z.enum(MAP_KINDS),
  level: z.number().int().min(0).nullable().default(null),
  title: z.string(),
  ownerUnitId: id.nullable().default(null),
  parentProcessId: id.nullable().default(null),
  status: z.enum(['draf', 'ditetapkan']).default('draf'),
  skNomor: text,
  skTanggal: nullableText,
  tahun: z.number().int().nullable().default(null),
  revisi: z.number().int().min(0).default(0),
  nodes: z.array(MapNodeSchema).default([]),
  edges: z.array(MapEdgeSchema).default([]),
});
export type ProcessMap = z.infer<typeof ProcessMapSchema>;

export const WorkspaceSchema = z.object({
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
});
export type Workspace = z.infer<typeof WorkspaceSchema>;
