// Templates of lintas fungsi maps rebuilt from regulation text (DOMAIN.md §7). Data only; builders in build.ts.
import type { PositionKind, TipePd } from '../model';

/**
 * How applyTemplate binds a lane to the open structure (see match.ts for the heuristics):
 * - position: a structural position of the chosen Perangkat Daerah with one of `positionKinds`; `head` = the
 *   official heading the Perangkat Daerah itself; `nameIncludes` = its name contains one of these (any case).
 * - head-of-owner: the official heading the map's owner unit (the Pimpinan Unit Organisasi pemilik kinerja).
 * - luar: a party outside the Pemda, bound by the lane's label.
 * - peran: a role no single position stands for (e.g. "Pejabat Fungsional dan/atau Pelaksana"): left unbound,
 *   for the user to bind (LF-05 warns until then).
 */
export type LaneMatch =
  | { kind: 'position'; positionKinds: PositionKind[]; head?: boolean; nameIncludes?: string[] }
  | { kind: 'head-of-owner' }
  | { kind: 'luar' }
  | { kind: 'peran' };

export interface TemplateLane {
  key: string;
  label: string;
  match: LaneMatch;
}

interface StepBase {
  key: string;
  lane: string;
  label: string;
  /** the point of the regulation the step comes from, after the regulation's name */
  sumber: string;
  keterangan?: string;
}

export type TemplateStep =
  | (StepBase & { type: 'mulai'; next?: string })
  | (StepBase & { type: 'selesai' })
  | (StepBase & {
      type: 'kegiatan';
      kelengkapan?: string;
      waktu?: string;
      output?: string;
      /** default: the next step in the list */
      next?: string;
    })
  | (StepBase & { type: 'keputusan'; ya: string; tidak: string });

export interface LintasFungsiTemplate {
  id: string;
  title: string;
  group: 'penugasan' | 'mekanisme-kerja';
  /** the regulation, as citations name it */
  regulation: string;
  /** the part of the regulation the whole map comes from */
  sumber: string;
  /** Perangkat Daerah types the template is written for (lanes bind inside one of them) */
  tipePd: TipePd[];
  lanes: TemplateLane[];
  steps: TemplateStep[];
  /** what had to be read into the text, in Bahasa Indonesia */
  catatan: string[];
}
