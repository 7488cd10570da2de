// KED-06 — the full DOMAIN.md §4.1 table for Perbup Banjar 39/2024, one document per (PD type, jenjang, superior).
import { describe, expect, it } from 'vitest';
import type { Jenjang, TipePd, Workspace } from '../../../src/model';
import { lint } from '../../../src/rules';
import { ked06 } from '../../../src/rules/ked';
import { DocBuilder } from './helpers/build';
import { acrossProfiles } from './helpers/table';

type Sup = 'jpt' | 'admin' | 'adminTanpaPengawas' | 'pengawas';
type Who = Jenjang | 'pelaksana' | 'substansi-pm' | 'substansi-ptsp';
/** ok = legal, E = KED-06 error, W = KED-06 warning (not provided for), - = not KED-06's (KED-05 speaks) */
type Verdict = 'ok' | 'E' | 'W' | '-';

/** A PD with JPT → Administrator (with a Pengawas) and a second Administrator without one. Kecamatan: no JPT. */
function placement(tipePd: TipePd, who: Who, sup: Sup): { doc: Workspace; sub: string; supId: string } {
  const b = new DocBuilder('banjar-39-2024');
  const pd = b.pd(`PD ${tipePd}`, tipePd);
  const kepala = tipePd === 'kecamatan' ? null : b.pos('jpt-pratama', 'Kepala', pd);
  const bidang = b.unit('Bidang', pd);
  const admin = b.pos('administrator', tipePd === 'kecamatan' ? 'Camat' : 'Kepala Bidang', bidang, kepala);
  const seksi = b.unit('Seksi', bidang);
  const pengawas = b.pos('pengawas', 'Kepala Seksi', seksi, admin);
  const bidang2 = b.unit('Bidang Tanpa Pengawas', pd);
  const admin2 = b.pos('administrator', 'Sekretaris', bidang2, kepala ?? admin);
  const supId = { jpt: kepala, admin, adminTanpaPengawas: admin2, pengawas }[sup];
  if (supId === null) throw new Error('no JPT in a Kecamatan');
  const unit = { jpt: pd, admin: bidang, adminTanpaPengawas: bidang2, pengawas: seksi }[sup];
  const sub =
    who === 'pelaksana'
      ? b.pos('pelaksana', 'Pelaksana Uji', unit, supId)
      : who === 'substansi-pm'
        ? b.jf('ahli-pertama', 'Analis Penanaman Modal Ahli Pertama', unit, supId, { substansi: 'Penanaman Modal' })
        : who === 'substansi-ptsp'
          ? b.jf('ahli-muda', 'Penata Perizinan Ahli Muda', unit, supId, { substansi: 'PTSP' })
          : b.jf(who, `JF Uji ${who}`, unit, supId);
  return { doc: b.build(), sub, supId };
}

const KETERAMPILAN: Jenjang[] = ['penyelia', 'mahir', 'terampil', 'pemula'];
const SUPS: Sup[] = ['jpt', 'admin', 'adminTanpaPengawas', 'pengawas'];

// DOMAIN.md §4.1, transcribed: [jpt, admin (with Pengawas), admin without Pengawas, pengawas]
const DEFAULT_ROWS: [Who[], Verdict[]][] = [
  [['ahli-utama', 'ahli-madya'], ['ok', 'E', 'E', 'E']],
  [['ahli-muda'], ['E', 'ok', 'ok', 'E']],
  [['ahli-pertama', ...KETERAMPILAN], ['E', 'ok', 'ok', 'ok']],
  [['pelaksana'], ['-', '-', 'ok', 'ok']],
];
const DPMPTSP_ROWS: [Who[], Verdict[]][] = [
  [['ahli-utama', 'ahli-madya'], ['ok', 'E', 'E', 'E']],
  [['ahli-muda'], ['ok', 'ok', 'ok', 'E']],
  [['ahli-pertama', ...KETERAMPILAN], ['E', 'ok', 'ok', 'ok']],
  [['substansi-pm', 'substansi-ptsp'], ['ok', 'E', 'E', 'E']],
  [['pelaksana'], ['-', '-', 'ok', 'ok']],
];
// no JPT in a Kecamatan: the first column is unused
const KECAMATAN_ROWS: [Who[], Verdict[]][] = [
  [['ahli-utama', 'ahli-madya'], ['-', 'W', 'W', 'W']],
  [['ahli-muda'], ['-', 'ok', 'ok', 'E']],
  [['ahli-pertama', ...KETERAMPILAN], ['-', 'E', 'E', 'ok']],
  [['pelaksana'], ['-', '-', 'E', 'ok']],
];

const TABLES: [TipePd, [Who[], Verdict[]][]][] = [
  ['dinas', DEFAULT_ROWS],
  ['setda', DEFAULT_ROWS],
  ['setwan', DEFAULT_ROWS],
  ['inspektorat', DEFAULT_ROWS],
  ['badan', DEFAULT_ROWS],
  ['satpol-pp', DEFAULT_ROWS],
  ['rsud', DEFAULT_ROWS],
  ['dpmptsp', DPMPTSP_ROWS],
  ['kecamatan', KECAMATAN_ROWS],
];

describe('KED-06 (Perbup Banjar 39/2024, DOMAIN 4.1)', () => {
  for (const [tipePd, rows] of TABLES) {
    const valid: Workspace[] = [];
    const invalid: { doc: Workspace; expect: object[]; name: string }[] = [];
    for (const [whos, verdicts] of rows) {
      for (const who of whos) {
        SUPS.forEach((sup, i) => {
          const verdict = verdicts[i];
          if (tipePd === 'kecamatan' && sup === 'jpt') return;
          const c = placement(tipePd, who, sup);
          if (verdict === 'ok' || verdict === '-') valid.push(c.doc);
          else {
            invalid.push({
              name: `${tipePd}: ${who} di bawah ${sup}`,
              doc: c.doc,
              expect: [{ subjects: [c.sub, c.supId], ...(verdict === 'W' ? { severity: 'warning' } : {}) }],
            });
          }
        });
      }
    }
    describe(tipePd, () => acrossProfiles(ked06, { valid, invalid }));
  }

  it('names the jenjang rule in the message (Ahli Muda over a Pengawas)', () => {
    const c = placement('dinas', 'ahli-muda', 'pengawas');
    const [f] = lint(c.doc, { rules: [ked06] });
    expect(f.message).toContain('JF Ahli Muda berkedudukan di bawah Pejabat Administrator');
    expect(f.message).toContain('Lampiran I huruf B');
    expect(f.citation).toBe('Perbup Banjar 39/2024, Lampiran I (A–E angka 1 huruf c)');
  });

  it('cites the part of Lampiran I for the PD type', () => {
    expect(lint(placement('setda', 'ahli-madya', 'admin').doc, { rules: [ked06] })[0].message).toContain('huruf A');
    expect(lint(placement('dpmptsp', 'substansi-pm', 'pengawas').doc, { rules: [ked06] })[0].message).toContain(
      'substansi penanaman modal/PTSP pada DPMPTSP berkedudukan di bawah Pejabat Pimpinan Tinggi Pratama (Kepala DPMPTSP)',
    );
    expect(lint(placement('rsud', 'ahli-muda', 'jpt').doc, { rules: [ked06] })[0].message).toContain('huruf D');
    expect(lint(placement('kecamatan', 'pelaksana', 'adminTanpaPengawas').doc, { rules: [ked06] })[0].message).toContain(
      'Pelaksana pada Kecamatan berkedudukan di bawah Pejabat Pengawas',
    );
  });

  it('stays silent for a JF whose superior is not structural (KED-02 speaks) and for a JF without jenjang', () => {
    const b = new DocBuilder('banjar-39-2024');
    const pd = b.pd('Dinas', 'dinas');
    const kepala = b.pos('jpt-pratama', 'Kepala', pd);
    const pel = b.pos('pelaksana', 'Pelaksana', pd, kepala);
    b.jf('ahli-madya', 'JF di bawah Pelaksana', pd, pel);
    b.pos('fungsional', 'JF tanpa jenjang', pd, pel);
    b.pos('fungsional', 'JF tanpa jenjang 2', pd, kepala);
    expect(lint(b.build(), { rules: [ked06] })).toEqual([]);
  });
});
