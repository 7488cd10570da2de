import { describe, expect } from 'vitest';
import { tim07 } from '../../../../src/rules/tim';
import { acrossTim, world, type World } from './helpers';

/** A team of Bidang A led by the JF Ahli Muda with `anggota` as its one Anggota, over a period. */
function team(w: World, nama: string, anggota: string, mulai: string, selesai: string): string {
  const t = w.b.team(nama, w.d.bidangA, { mulai, selesai });
  w.b.member(t, 'ketua', w.jfMuda);
  w.b.member(t, 'anggota', anggota);
  return t;
}

describe('TIM-07', () => {
  const three = world();
  for (const n of [1, 2, 3]) team(three, `Tim ${n}`, three.jfPertama, '2026-01-01', '2026-03-31');

  const years = world();
  team(years, 'Tim A', years.jfPertama, '2026-01-01', '2026-03-31');
  team(years, 'Tim B', years.jfPertama, '2026-04-01', '2026-06-30');
  team(years, 'Tim C', years.jfPertama, '2027-01-01', '2027-03-31');
  team(years, 'Tim D', years.jfPertama, '2027-04-01', '2027-06-30');

  const four = world();
  const fourTeams = [4, 2, 3, 1].map((n) => team(four, `Tim ${n}`, four.jfPertama, `2026-0${n}-01`, `2026-0${n}-28`));

  const spanning = world();
  team(spanning, 'Tim Akhir Tahun', spanning.jfPertama, '2026-10-01', '2027-03-31');
  const spanTeams = [1, 2, 3].map((n) => team(spanning, `Tim 2027-${n}`, spanning.jfPertama, `2027-0${n + 3}-01`, `2027-0${n + 3}-28`));

  const sixMonths = world();
  team(sixMonths, 'Tim Statistik', sixMonths.jfB, '2026-01-01', '2026-06-30'); // other unit: 6 months, end inclusive
  const twelve = world();
  team(twelve, 'Tim Tahunan', twelve.jfPertama, '2026-01-01', '2026-12-31'); // own unit (Seksi A1 under Bidang A): 12 months

  const sixAndADay = world();
  const sixAndADayT = team(sixAndADay, 'Tim Statistik', sixAndADay.jfB, '2026-01-01', '2026-07-01'); // one day over 6 months
  const lateStart = world();
  team(lateStart, 'Tim Statistik', lateStart.jfB, '2026-08-31', '2027-02-27'); // clamped: 31 Aug + 6 months = 28 Feb
  const lateStartOver = world();
  const lateStartOverT = team(lateStartOver, 'Tim Statistik', lateStartOver.jfB, '2026-08-31', '2027-02-28');
  const twelveAndADay = world();
  const twelveAndADayT = team(twelveAndADay, 'Tim Tahunan', twelveAndADay.jfPertama, '2026-01-01', '2027-01-01');

  const seven = world();
  const sevenT = team(seven, 'Tim Statistik', seven.jfB, '2026-01-01', '2026-07-31');
  const thirteen = world();
  const thirteenT = team(thirteen, 'Tim Panjang', thirteen.jfPertama, '2026-01-01', '2027-01-15');

  const ownPeriod = world();
  const own = team(ownPeriod, 'Tim Tahunan', ownPeriod.jfPertama, '2026-01-01', '2026-12-31');
  ownPeriod.b.member(own, 'anggota', ownPeriod.jfB, { mulai: '2026-03-01', selesai: '2026-08-31' });
  const ownBad = world();
  const ownBadT = team(ownBad, 'Tim Tahunan', ownBad.jfPertama, '2026-01-01', '2026-12-31');
  ownBad.b.member(ownBadT, 'anggota', ownBad.jfK); // another PD, the team's 12 months

  const outside = world();
  const outsideT = team(outside, 'Tim Provinsi', outside.jfPertama, '2026-01-01', '2026-06-30');
  outside.b.external(outsideT, 'anggota', 'Budi', 'Diskominfo Provinsi', { mulai: '2026-01-01', selesai: '2026-08-15' });

  acrossTim(tim07, {
    valid: [three.b.build(), years.b.build(), sixMonths.b.build(), twelve.b.build(), ownPeriod.b.build(), lateStart.b.build()],
    invalid: [
      {
        name: 'a fourth assignment in one year',
        doc: four.b.build(),
        expect: [
          {
            subjects: [four.jfPertama, ...[1, 2, 3, 4].map((n) => fourTeams[[4, 2, 3, 1].indexOf(n)])],
            message:
              '«Pranata Komputer Ahli Pertama» (JF Ahli Pertama) ditugaskan dalam 4 tim kerja pada tahun 2026 ' +
              '(«Tim 1», «Tim 2», «Tim 3», «Tim 4»); paling banyak 3 kali penugasan.',
          },
          // the Ketua leads all four
          { subjects: [four.jfMuda, ...[1, 2, 3, 4].map((n) => fourTeams[[4, 2, 3, 1].indexOf(n)])] },
        ],
      },
      {
        name: 'a period across the year end counts in both years',
        doc: spanning.b.build(),
        expect: [
          { subjects: [spanning.jfPertama, ...spanTeams, 't1'], message: expect.stringContaining('4 tim kerja pada tahun 2027') },
          { subjects: [spanning.jfMuda, ...spanTeams, 't1'] },
        ],
      },
      {
        name: '1 Januari – 1 Juli is one day more than 6 months (the end date is inclusive)',
        doc: sixAndADay.b.build(),
        expect: [
          {
            subjects: [sixAndADay.jfB, sixAndADayT],
            message: expect.stringContaining('berlangsung 1 Januari 2026 s.d. 1 Juli 2026, lebih dari 6 bulan'),
          },
        ],
      },
      {
        name: '31 Agustus – 28 Februari reaches the clamped day six months later',
        doc: lateStartOver.b.build(),
        expect: [{ subjects: [lateStartOver.jfB, lateStartOverT], message: expect.stringContaining('lebih dari 6 bulan') }],
      },
      {
        name: '1 Januari 2026 – 1 Januari 2027 is more than 12 months (Ketua and Anggota of the owner unit)',
        doc: twelveAndADay.b.build(),
        expect: [
          { subjects: [twelveAndADay.jfMuda, twelveAndADayT], message: expect.stringContaining('lebih dari 12 bulan') },
          { subjects: [twelveAndADay.jfPertama, twelveAndADayT], message: expect.stringContaining('lebih dari 12 bulan') },
        ],
      },
      {
        name: 'a 7-month assignment of a member from another unit',
        doc: seven.b.build(),
        expect: [
          {
            subjects: [seven.jfB, sevenT],
            message:
              'Penugasan «Statistisi Ahli Pertama» (JF Ahli Pertama) dalam Tim «Tim Statistik» berlangsung 1 Januari 2026 ' +
              's.d. 31 Juli 2026, lebih dari 6 bulan; anggota dari unit organisasi lain ditugaskan paling lama 6 bulan dalam ' +
              'sekali penugasan.',
          },
        ],
      },
      {
        name: 'a 13-month assignment from the owner unit (Ketua and Anggota both)',
        doc: thirteen.b.build(),
        expect: [
          { subjects: [thirteen.jfMuda, thirteenT], message: expect.stringContaining('lebih dari 12 bulan') },
          { subjects: [thirteen.jfPertama, thirteenT], message: expect.stringContaining('lebih dari 12 bulan') },
        ],
      },
      {
        name: 'a member of another PD for the team\'s 12 months',
        doc: ownBad.b.build(),
        expect: [{ subjects: [ownBad.jfK, ownBadT], message: expect.stringContaining('lebih dari 6 bulan') }],
      },
      {
        name: 'a person of another instansi for 7½ months',
        doc: outside.b.build(),
        expect: [{ subjects: [outsideT], message: expect.stringContaining('«Budi» (Diskominfo Provinsi) dalam Tim «Tim Provinsi»') }],
      },
    ],
  });
});
