import { describe, expect } from 'vitest';
import { ked07 } from '../../../src/rules/ked';
import { DocBuilder } from './helpers/build';
import { acrossProfiles } from './helpers/table';

/** Kepala Dinas (1) → Kepala Bidang (2) → Kepala Seksi (3) → Kepala Subseksi (4), marks as asked. */
function deep(opts: { bidang?: boolean; seksi?: boolean; levels?: 2 | 3 | 4 } = {}) {
  const b = new DocBuilder();
  const pd = b.pd('Dinas Kesehatan', 'dinas');
  const kadis = b.pos('jpt-pratama', 'Kepala Dinas Kesehatan', pd);
  const bidang = b.unit('Bidang Pelayanan', pd, { pengecualian: opts.bidang });
  const kabid = b.pos('administrator', 'Kepala Bidang Pelayanan', bidang, kadis);
  b.jf('ahli-pertama', 'Epidemiolog Ahli Pertama', bidang, kabid);
  let kasi: string | undefined;
  let sub: string | undefined;
  if ((opts.levels ?? 3) >= 3) {
    const seksi = b.unit('Seksi Rujukan', bidang, { pengecualian: opts.seksi });
    kasi = b.pos('pengawas', 'Kepala Seksi Rujukan', seksi, kabid);
    b.pos('pelaksana', 'Pengadministrasi Rujukan', seksi, kasi); // not structural: no level
    if (opts.levels === 4) sub = b.pos('pengawas', 'Kepala Subseksi', seksi, kasi);
  }
  return { doc: b.build(), kabid, kasi: kasi!, sub: sub! };
}

function crossPdHeadAndCycle() {
  const b = new DocBuilder();
  const setda = b.pd('Sekretariat Daerah', 'setda');
  const sekda = b.pos('jpt-pratama', 'Sekretaris Daerah', setda);
  const pd = b.pd('Dinas Sosial', 'dinas');
  // a head placed under the Sekda starts its own PD at level 1 (the crossing is KED-10's)
  const kadis = b.pos('jpt-pratama', 'Kepala Dinas Sosial', pd, sekda);
  const bidang = b.unit('Bidang', pd);
  b.pos('administrator', 'Kepala Bidang', bidang, kadis);
  // a cycle deep down is KED-04's: no level, no finding
  b.pos('pengawas', 'Siklus A', bidang, 'cy_b', { id: 'cy_a' });
  b.pos('pengawas', 'Siklus B', bidang, 'cy_a', { id: 'cy_b' });
  b.pos('pengawas', 'Di bawah siklus', bidang, 'cy_a');
  return b.build();
}

describe('KED-07', () => {
  const three = deep();
  const four = deep({ levels: 4 });
  acrossProfiles(ked07, {
    valid: [deep({ levels: 2 }).doc, deep({ bidang: true }).doc, deep({ seksi: true }).doc, deep({ levels: 4, bidang: true }).doc, crossPdHeadAndCycle()],
    invalid: [
      {
        name: 'level 3',
        doc: three.doc,
        expect: [
          {
            subjects: [three.kasi, three.kabid],
            message: expect.stringContaining('«Kepala Seksi Rujukan» (Pengawas) berada pada level struktur ke-3 di Dinas Kesehatan (Dinas)'),
          },
        ],
      },
      {
        name: 'level 3 and 4',
        doc: four.doc,
        expect: [{ subjects: [four.kasi, four.kabid] }, { subjects: [four.sub, four.kasi], message: expect.stringContaining('ke-4') }],
      },
    ],
  });
});
