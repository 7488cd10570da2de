// A seeded generator of realistic structures (Setda, Dinas, DPMPTSP, RSUD, Kecamatan) with a sprinkle of faults,
// for the incremental-lint tests and for benchmarks.
import { JENJANG, type Jenjang, type ProfileId, type TipePd, type Workspace } from '../../../../src/model';
import { DocBuilder } from './build';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: TipePd[] = ['dinas', 'dinas', 'badan', 'dpmptsp', 'rsud', 'kecamatan', 'kecamatan', 'inspektorat', 'satpol-pp'];

export function generate(positions: number, seed = 1, profileId: ProfileId = 'banjar-39-2024'): Workspace {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const b = new DocBuilder(profileId);
  const count = () => Object.keys(b.doc.positions).length;
  const setda = b.pd('Sekretariat Daerah', 'setda');
  b.pos('jpt-pratama', 'Sekretaris Daerah', setda);
  let pdNo = 0;
  while (count() < positions) {
    pdNo++;
    const tipe = pick(TYPES);
    const pd = b.pd(`${tipe} ${pdNo}`, tipe, { pengecualian: tipe === 'rsud' });
    const head = b.pos(tipe === 'kecamatan' ? 'administrator' : 'jpt-pratama', `Kepala ${tipe} ${pdNo}`, pd);
    const bidangCount = 2 + Math.floor(rnd() * 5);
    for (let i = 0; i < bidangCount && count() < positions; i++) {
      const bidang = b.unit(`Bidang ${pdNo}.${i}`, pd);
      const kabid = b.pos(tipe === 'kecamatan' ? 'pengawas' : 'administrator', `Kepala Bidang ${pdNo}.${i}`, bidang, head);
      const seksiCount = Math.floor(rnd() * 3);
      const officials = [kabid];
      for (let j = 0; j < seksiCount; j++) {
        const seksi = b.unit(`Seksi ${pdNo}.${i}.${j}`, bidang);
        officials.push(b.pos('pengawas', `Kepala Seksi ${pdNo}.${i}.${j}`, seksi, kabid));
      }
      const staff = 3 + Math.floor(rnd() * 20);
      for (let k = 0; k < staff && count() < positions; k++) {
        const sup = pick(officials);
        const unit = b.doc.positions[sup].unitId;
        if (rnd() < 0.35) b.pos('pelaksana', `Pelaksana ${pdNo}.${i}.${k}`, unit, sup);
        else b.jf(pick(JENJANG) as Jenjang, `JF ${pdNo}.${i}.${k}`, unit, sup, { substansi: rnd() < 0.05 ? 'ptsp' : '' });
      }
    }
    if (rnd() < 0.3) b.jf('ahli-madya', `JF Madya ${pdNo}`, pd, head);
  }
  return b.build();
}
