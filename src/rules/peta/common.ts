// Wording, citations and small lookups shared by the process-map rules (PETA, LF, REL). Pure; no rule logic.
import {
  type LfNode,
  type MapProcess,
  type ProcessMap,
  type ProfileId,
  type Unit,
  type Workspace,
} from '../../model';
import { cite } from '../regulations';
import type { Rule, RuleContext, Severity } from '../types';

/** «Peta Lintas Fungsi Penunjukan» */
export function mapName(map: ProcessMap): string {
  return `«${map.title || map.id}»`;
}

/** «01.03 Perencanaan Anggaran» */
export function processName(p: MapProcess): string {
  const text = `${p.kode} ${p.nama}`.trim();
  return `«${text || p.id}»`;
}

const NODE_KIND: Record<LfNode['type'], string> = {
  terminator: 'Terminator',
  activity: 'Kegiatan',
  decision: 'Keputusan',
  connector: 'Penghubung halaman',
};

/** Kegiatan «Menyusun surat permohonan» */
export function nodeName(node: LfNode): string {
  const label = node.type === 'terminator' && !node.label ? (node.peran === 'mulai' ? 'Mulai' : 'Selesai') : node.label;
  return `${NODE_KIND[node.type]} «${label || node.id}»`;
}

export function isBlank(s: string): boolean {
  return s.trim() === '';
}

/** Lower case, single spaces: how labels are compared (connector pairs, relasi labels). */
export function normalizeLabel(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether unit `inner` is `outer` or lies below it (safe on a damaged unit tree). */
export function unitWithin(doc: Pick<Workspace, 'units'>, inner: string, outer: string): boolean {
  const seen = new Set<string>();
  let cursor: Unit | undefined = doc.units[inner];
  while (cursor && !seen.has(cursor.id)) {
    if (cursor.id === outer) return true;
    seen.add(cursor.id);
    cursor = cursor.parentId !== null ? doc.units[cursor.parentId] : undefined;
  }
  return false;
}

/**
 * The chain of maps above `map` when it leads back to `map`; null otherwise (also for a cycle above that does not
 * pass through `map`: that cycle's own maps report it). PETA-03 reports the cycle; rules that read a map's parent
 * (PETA-02's derived codes) stay silent on a map along it — one problem, one rule.
 */
export function cycleThrough(doc: Pick<Workspace, 'maps'>, map: ProcessMap): ProcessMap[] | null {
  const chain: ProcessMap[] = [];
  const seen = new Set<string>();
  let cursor: ProcessMap | undefined = map;
  while (cursor?.parent) {
    const next: ProcessMap | undefined = doc.maps[cursor.parent.mapId];
    if (!next) return null;
    if (next.id === map.id) return chain;
    if (seen.has(next.id)) return null;
    seen.add(next.id);
    chain.push(next);
    cursor = next;
  }
  return null;
}

const LESS_SEVERE: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The severity a finding of `rule` comes out with in this run, or null when the rule is off. Mirrors
 * findingSeverity in profiles.ts, which PETA-07 cannot import: profiles.ts reads the rule registry at load time,
 * and the registry loads PETA-07.
 */
export function severityInRun(rule: Rule, ctx: RuleContext, requested: Severity | undefined): Severity | null {
  const override = ctx.doc.severityOverrides[rule.id];
  if (override !== undefined) return override === 'off' ? null : override;
  const base = rule.defaultSeverity[ctx.profileId];
  if (base === 'off') return null;
  if (requested === undefined) return base;
  return LESS_SEVERE[requested] < LESS_SEVERE[base] ? requested : base;
}

// ── Citations ───────────────────────────────────────────────────────────────────────────────────────────────
// BJM, PLG and BJR Pasal 21 ayat (4) list the maps reviewed: a. peta subproses, b. peta relasi, c. peta lintas
// fungsi, d. peta level 1 dan turunannya. Padang Panjang lists them in Pasal 17 ayat (4) (the Pasal heading is
// lost in the seed text; Pasal 16 and 18 around it fix the number) without peta relasi. Serang Pasal 19 ayat (3)
// reviews proses bisnis through the SOP, and ayat (4) names subproses, output and pejabat pengampu.

export type MapPart = 'subproses' | 'relasi' | 'lintas-fungsi' | 'level' | 'semua';

const LETTER_21: Record<Exclude<MapPart, 'semua'>, string> = {
  subproses: 'huruf a (peta subproses)',
  relasi: 'huruf b (peta relasi)',
  'lintas-fungsi': 'huruf c (peta lintas fungsi)',
  level: 'huruf d (peta level 1 dan turunannya)',
};

const LETTER_PP: Record<Exclude<MapPart, 'semua'>, string> = {
  subproses: 'huruf a (peta sub proses)',
  relasi: '(tidak menyebut peta relasi; diperiksa bila dokumen memuat peta relasi)',
  'lintas-fungsi': 'huruf b (peta lintas fungsi)',
  level: 'huruf c (peta level 1 dan turunannya)',
};

/** Citations of a map rule for every profile; `method` names where the drawing convention itself comes from. */
export function mapCitation(part: MapPart, method = 'metode peta PermenPANRB 19/2018'): Record<ProfileId, string> {
  const in21 = part === 'semua' ? 'Pasal 21 ayat (4)' : `Pasal 21 ayat (4) ${LETTER_21[part]}`;
  const inPP = part === 'semua' ? 'Pasal 17 ayat (4)' : `Pasal 17 ayat (4) ${LETTER_PP[part]}`;
  const inSRG =
    part === 'subproses'
      ? 'Pasal 19 ayat (4) (subproses kegiatan, output subproses, dan pejabat pengampu)'
      : 'Pasal 19 ayat (3) dan ayat (4) (reviu proses bisnis melalui standar operasional prosedur)';
  const tail = `; ${method}`;
  return cite({
    nasional: `proses bisnis (penyesuaian sistem kerja)${tail}`,
    'banjarmasin-147-2023': in21 + tail,
    'palembang-30-2023': in21 + tail,
    'padang-panjang-48-2024': inPP + tail,
    'banjar-39-2024': in21 + tail,
    'serang-23-2023': inSRG + tail,
  });
}

/** The same severity under every profile. */
export function everywhere(severity: Severity): Record<ProfileId, Severity> {
  return {
    nasional: severity,
    'banjarmasin-147-2023': severity,
    'palembang-30-2023': severity,
    'padang-panjang-48-2024': severity,
    'banjar-39-2024': severity,
    'serang-23-2023': severity,
  };
}
