// JAB-02: a kelas jabatan outside the broad bounds of its kind (DOMAIN.md §8.3: JPT 12–17, Administrator 9–13,
// Pengawas 7–10, JF keahlian 8–15, JF keterampilan 5–9, Pelaksana 1–9). Bounds, not law: they catch a kelas typed in
// the wrong row or column (a 3 on a Kepala Dinas), and stay quiet on the spread real kelas tables show.
import { kelasBoundKindOf, type KelasBoundKind } from '../../model';
import { describe } from '../ked/common';
import { definePositionRule } from '../types';
import { jabCitation, JAB_SEVERITY, PETA_JABATAN_CLAUSE } from './common';

export const KELAS_BOUNDS: Record<KelasBoundKind, readonly [number, number]> = {
  jpt: [12, 17],
  administrator: [9, 13],
  pengawas: [7, 10],
  'jf-keahlian': [8, 15],
  'jf-keterampilan': [5, 9],
  pelaksana: [1, 9],
};

const KIND_TEXT: Record<KelasBoundKind, string> = {
  jpt: 'JPT',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  'jf-keahlian': 'JF keahlian',
  'jf-keterampilan': 'JF keterampilan',
  pelaksana: 'Pelaksana',
};

export const jab02 = definePositionRule({
  id: 'JAB-02',
  scope: 'position',
  title: 'Kelas jabatan di luar rentang jenisnya',
  description:
    'Kelas jabatan berada dalam rentang wajar jenis jabatannya: JPT 12–17, Administrator 9–13, Pengawas 7–10, ' +
    'JF keahlian 8–15, JF keterampilan 5–9, Pelaksana 1–9. Rentang ini batas pemeriksaan data, bukan ketentuan.',
  defaultSeverity: JAB_SEVERITY,
  citation: jabCitation(),
  docs: {
    clause: PETA_JABATAN_CLAUSE,
    legalExample: 'Kepala Seksi (Pengawas) dengan kelas jabatan 9.',
    illegalExample: 'Kepala Dinas (JPT Pratama) dengan kelas jabatan 3.',
  },
  checkPosition(_ctx, p, report) {
    if (p.kelasJabatan === null) return;
    const kind = kelasBoundKindOf(p.kind, p.jenjang);
    const [lo, hi] = KELAS_BOUNDS[kind];
    if (p.kelasJabatan >= lo && p.kelasJabatan <= hi) return;
    report({
      subjects: [p.id],
      message:
        `${describe(p)} berkelas jabatan ${p.kelasJabatan}, di luar rentang wajar ${KIND_TEXT[kind]} (${lo}–${hi}); ` +
        'periksa kelas jabatannya.',
    });
  },
});
