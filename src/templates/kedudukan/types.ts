// Structure templates rebuilt from regulation text (DOMAIN.md §7): the kedudukan patterns of Perwali Banjarmasin
// 147/2023 Lampiran I and Perwali Serang 23/2023 Pasal 6, and the penugasan structures of Perwali Banjarmasin
// 147/2023 Lampiran II huruf a. Data only; the builder is in build.ts. No React, no DOM.
import type { Jenjang, PositionKind, ProfileId, TipePd } from '../../model';

/** One point of a regulation the template follows, with the phrase it rests on. */
export interface TemplateCitation {
  /** as citations name it, e.g. "Perwali Serang 23/2023" */
  regulation: string;
  /** e.g. "Pasal 6 huruf a angka 1" */
  point: string;
  /** the key phrase, quoted exactly from the regulation text */
  quote: string;
}

export interface UnitSpec {
  key: string;
  nama: string;
  /** key of the parent unit; absent for the top unit */
  parent?: string;
  /** set on a Perangkat Daerah */
  tipePd?: TipePd;
  pengecualian?: boolean;
}

export interface PositionSpec {
  key: string;
  nama: string;
  /** a structural kind, 'pelaksana', or the jenjang of a JF */
  kind: Exclude<PositionKind, 'fungsional'> | Jenjang;
  unit: string;
  /** key of the direct superior; absent for the head of the top unit */
  sup?: string;
  /** a JF appointed to lead a unit kerja mandiri */
  mandiri?: boolean;
}

export interface TeamSpec {
  key: string;
  nama: string;
  targetKinerja: string;
  /** unit key of the pemilik kinerja */
  owner: string;
  /** position keys */
  pimpinanUnit: string;
  penilaiKinerja: string;
  ketua: string;
  anggota: string[];
}

export interface StructureSpec {
  units: UnitSpec[];
  positions: PositionSpec[];
  teams?: TeamSpec[];
}

export type StructureTemplateGroup = 'kedudukan' | 'penugasan';

export interface StructureTemplate {
  id: string;
  group: StructureTemplateGroup;
  title: string;
  /** the first is the template's own source; others say the same in another regulation */
  citations: TemplateCitation[];
  /** one paragraph in Bahasa Indonesia: what the pattern shows, and how an unclear clause was read */
  explanation: string;
  /** the profile a new document from this template gets */
  profileId: ProfileId;
  /** rule ids the template is meant to show (most templates: none) */
  expectedFindings: string[];
  spec: StructureSpec;
}
