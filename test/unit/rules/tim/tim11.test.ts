import { describe, expect } from 'vitest';
import { tim11 } from '../../../../src/rules/tim';
import { acrossTim, bidangTeam, world } from './helpers';

function withPeriod(mulai: string | null, selesai: string | null) {
  const w = world();
  const t = bidangTeam(w);
  w.b.doc.teams[t].mulai = mulai;
  w.b.doc.teams[t].selesai = selesai;
  return { doc: w.b.build(), t, w };
}

describe('TIM-11', () => {
  const memberOwn = world();
  const mt = bidangTeam(memberOwn);
  memberOwn.b.member(mt, 'anggota', memberOwn.jfB, { mulai: '2026-02-01', selesai: '2026-04-30' });
  memberOwn.b.member(mt, 'anggota', memberOwn.jfK, { selesai: '2026-03-31' }); // start from the team

  const missingEnd = withPeriod('2026-01-01', null);
  const missingBoth = withPeriod(null, null);
  const reversed = withPeriod('2026-07-01', '2026-01-01');
  const unreadable = withPeriod('1/7/2026', '2026-02-30');

  const memberReversed = world();
  const mr = bidangTeam(memberReversed);
  memberReversed.b.member(mr, 'anggota', memberReversed.jfB, { selesai: '2025-12-31' }); // before the team's start
  const externalReversed = world();
  const er = bidangTeam(externalReversed);
  externalReversed.b.external(er, 'anggota', 'Budi', 'Provinsi', { mulai: '2026-05-01', selesai: '2026-04-01' });

  acrossTim(tim11, {
    valid: [withPeriod('2026-01-01', '2026-06-30').doc, withPeriod('2026-01-01', '2026-01-01').doc, memberOwn.b.build()],
    invalid: [
      { name: 'end missing: info', doc: missingEnd.doc, expect: [{ severity: 'info', subjects: [missingEnd.t], message: 'Periode Tim «Tim Aplikasi Layanan» belum lengkap: tanggal selesai belum diisi.' }] },
      { name: 'no period: info', doc: missingBoth.doc, expect: [{ severity: 'info', message: expect.stringContaining('tanggal mulai dan tanggal selesai belum diisi') }] },
      {
        name: 'ends before it starts: error',
        doc: reversed.doc,
        expect: [{ severity: 'error', subjects: [reversed.t], message: 'Periode Tim «Tim Aplikasi Layanan» berakhir (1 Januari 2026) sebelum dimulai (1 Juli 2026).' }],
      },
      { name: 'unreadable dates: error', doc: unreadable.doc, expect: [{ severity: 'error', message: expect.stringContaining('tidak dapat dibaca («1/7/2026», «2026-02-30»)') }] },
      {
        name: 'a member\'s own end before the team\'s start (member first)',
        doc: memberReversed.b.build(),
        expect: [{ severity: 'error', subjects: [memberReversed.jfB, mr], message: expect.stringContaining('penugasan «Statistisi Ahli Pertama» (JF Ahli Pertama) dalam Tim «Tim Aplikasi Layanan» berakhir (31 Desember 2025)') }],
      },
      { name: 'a person of another instansi (team first)', doc: externalReversed.b.build(), expect: [{ severity: 'error', subjects: [er] }] },
    ],
  });
});
