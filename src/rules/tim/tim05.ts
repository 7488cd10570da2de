// TIM-05: the Ketua's personal criteria, judged on the holder data (pemangku) of the Ketua's position. Missing data
// is never guessed: it gives one info finding "data pemangku belum lengkap". Readings: Perbup Banjar 9(6)b
// "pangkat penata muda dan golongan paling rendah I/a" is read as III/a (Penata Muda is III/a; DOMAIN §5); "S1/D4"
// and Serang's "Strata 1" accept D4 (DOMAIN §2: D4 = S1); Banjar's "pengalaman di bidang kerja" is the holder's
// years of experience; Serang 8(4)a.3 and Palembang 11(6)b (relevant experience, competence) cannot be judged
// from the data and are not checked. A person of another instansi has no holder data here (info).
import type { Position, ProfileId } from '../../model';
import { cite } from '../regulations';
import { defineTeamRule } from '../types';
import {
  golonganMin,
  kelasJabatanMin,
  pendidikanMin,
  pengalamanMin,
  positionOf,
  PREDIKAT_BAIK,
  reportCriteria,
  type Criterion,
} from './common';

/** The criteria for a Ketua holding `p` (undefined: a person of another instansi) under a profile. */
function criteriaFor(profileId: ProfileId, p: Position | undefined): readonly Criterion[] | null {
  switch (profileId) {
    case 'palembang-30-2023': {
      const base = [pendidikanMin('D3', 'Diploma Tiga (D3)'), PREDIKAT_BAIK];
      if (!p) return base;
      return p.kind === 'pelaksana' ? [...base, kelasJabatanMin(6)] : base;
    }
    case 'banjar-39-2024':
      return [pendidikanMin('S1', 'S1/D4'), golonganMin('III/a', 'Penata Muda'), PREDIKAT_BAIK, pengalamanMin(2)];
    case 'serang-23-2023':
      // only a Pelaksana as Ketua has criteria; the kind of an outside person is unknown
      return p && p.kind === 'pelaksana' ? [pendidikanMin('S1', 'Strata 1'), golonganMin('III/b', 'Penata Muda Tingkat I')] : null;
    default:
      return null;
  }
}

export const tim05 = defineTeamRule({
  id: 'TIM-05',
  scope: 'team',
  title: 'Ketua Tim belum memenuhi persyaratan',
  description:
    'Ketua Tim memenuhi persyaratan daerahnya: Palembang — pendidikan paling rendah D3, kinerja baik, kelas jabatan ' +
    'paling rendah 6 bagi Pelaksana; Banjar — pendidikan S1/D4, golongan paling rendah III/a, kinerja baik, pengalaman ' +
    '2 tahun; Serang — Pelaksana sebagai Ketua berpendidikan S1 dan bergolongan paling rendah III/b. Diperiksa dari data ' +
    'pemangku; bila datanya belum lengkap, muncul info.',
  defaultSeverity: {
    nasional: 'off',
    'banjarmasin-147-2023': 'off',
    'palembang-30-2023': 'error',
    'padang-panjang-48-2024': 'off',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'error',
  },
  citation: cite({
    nasional: 'tidak ada persyaratan ketua tim yang diperiksa',
    'banjarmasin-147-2023': 'Pasal 11 ayat (3)',
    'palembang-30-2023': 'Pasal 11 ayat (6)',
    'padang-panjang-48-2024': 'Pasal 7 ayat (3)',
    'banjar-39-2024': 'Pasal 9 ayat (6)',
    'serang-23-2023': 'Pasal 8 ayat (4) huruf a',
  }),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 9 ayat (6): "... a. pendidikan minimal S1/D4 atau sederajat; b. memiliki pangkat ' +
      'penata muda dan golongan paling rendah I/a [dibaca III/a]; c. memiliki hasil penilaian kinerja 1 (satu) tahun ' +
      'terakhir dengan kategori baik; dan d. memiliki pengalaman di bidang kerja sesuai tugas dan fungsi paling singkat ' +
      'selama 2 (dua) tahun."',
    legalExample: 'Ketua: Pranata Komputer Ahli Muda, pemangku S1, III/c, predikat Baik, pengalaman 8 tahun.',
    illegalExample: 'Ketua: Pelaksana bergolongan II/d dengan pendidikan SMA (Banjar, Serang).',
  },
  checkTeam(ctx, team, report) {
    for (const m of team.members) {
      if (m.role !== 'ketua') continue;
      const p = positionOf(ctx, m);
      if (m.positionId !== null && !p) continue; // the position is gone: TIM-09
      if (m.positionId === null && m.external === null) continue;
      const criteria = criteriaFor(ctx.profileId, p);
      if (criteria) reportCriteria(ctx, team, m, 'Ketua', criteria, report);
    }
  },
});
