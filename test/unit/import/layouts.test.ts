// One fixture per import layout (DOMAIN.md §8.4): parent-id with ESELON codes, nomor, indentation, one row per
// person, unknown headers through a column mapping, and "Impor baris yang sah saja".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bezettingOf, unitPath, type Workspace } from '../../../src/model';
import { layoutKeyOf, parsePejabatCsv, type ImportResult } from '../../../src/io/import';
import { parseEselon } from '../../../src/io/import/layouts';
import { parseCount } from '../../../src/io/import/values';

const DIR = fileURLToPath(new URL('../../fixtures/peta-jabatan/', import.meta.url));
const read = (name: string) => readFileSync(DIR + name);

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.row}: ${p.message}`).join('\n'));
  return r;
}

const byName = (doc: Workspace, nama: string) => {
  const p = Object.values(doc.positions).find((x) => x.nama === nama);
  if (!p) throw new Error(`no ${nama}`);
  return p;
};
const superiorName = (doc: Workspace, nama: string) => {
  const s = byName(doc, nama).superiorId;
  return s ? doc.positions[s].nama : null;
};

describe('import layouts', () => {
  it('parent-id (SIASN): ESELON codes, JFT/JFU, TOTAL KEBUTUHAN, units from NAMA UNOR', () => {
    const r = ok(parsePejabatCsv(read('siasn-parent-id.csv')));
    expect(r.layout).toBe('parent-id');
    const d = r.doc;
    expect(byName(d, 'Kepala Dinas Komunikasi dan Informatika').kind).toBe('jpt-pratama');
    expect(byName(d, 'Sekretaris').kind).toBe('administrator');
    expect(byName(d, 'Kepala Subbagian Umum dan Kepegawaian').kind).toBe('pengawas');
    const pk = byName(d, 'Pranata Komputer');
    expect([pk.kind, pk.jenjang, pk.kebutuhan]).toEqual(['fungsional', 'ahli-muda', 3]);
    expect(superiorName(d, 'Pranata Komputer')).toBe('Kepala Bidang Aplikasi Informatika');
    expect(unitPath(d, pk.unitId)).toContain('Bidang Aplikasi Informatika');
    const pp = byName(d, 'Pengadministrasi Perkantoran');
    expect([pp.kind, pp.kebutuhan]).toEqual(['pelaksana', 2]);
    expect(unitPath(d, pp.unitId)).toContain('Subbagian Umum dan Kepegawaian');
    expect(superiorName(d, 'Kepala Subbagian Umum dan Kepegawaian')).toBe('Sekretaris');
  });

  it('nomor: 1.10 is not 1.1, K from ABK, B from Eksisting, kelas on the jabatan', () => {
    const r = ok(parsePejabatCsv(read('nomor-anjab.csv')));
    expect(r.layout).toBe('nomor');
    const d = r.doc;
    expect(superiorName(d, 'Kepala Bidang Pembinaan SMP')).toBe('Kepala Dinas Pendidikan');
    expect(byName(d, 'Kepala Bidang Pembinaan SMP').kode).toBe('1.10');
    expect(superiorName(d, 'Pengadministrasi Perkantoran')).toBe('Kepala Subbagian Umum');
    const pp = byName(d, 'Pengadministrasi Perkantoran');
    expect([pp.kelasJabatan, pp.kebutuhan, bezettingOf(pp)]).toEqual([5, 4, 6]);
    const ps = byName(d, 'Pengawas Sekolah Ahli Madya');
    expect([ps.jenjang, ps.kebutuhan, bezettingOf(ps)]).toEqual(['ahli-madya', 10, 7]);
    expect(unitPath(d, ps.unitId)).toMatch(/Bidang Pembinaan SD$/);
  });

  it('indent: "-" depth gives the hierarchy; kind and units are read from the names (with a notice)', () => {
    const r = ok(parsePejabatCsv(read('indent.csv')));
    expect(r.layout).toBe('indent');
    const d = r.doc;
    expect(superiorName(d, 'Penyusun Anggaran')).toBe('Kepala Subbidang Penyusunan Anggaran');
    expect(superiorName(d, 'Kepala Bidang Anggaran')).toBe('Kepala Badan Keuangan Daerah');
    expect(byName(d, 'Kepala Badan Keuangan Daerah').kind).toBe('jpt-pratama');
    expect(byName(d, 'Kepala Bidang Anggaran').kind).toBe('administrator');
    expect(byName(d, 'Kepala Subbidang Penyusunan Anggaran').kind).toBe('pengawas');
    const af = byName(d, 'Analis Keuangan Pusat dan Daerah Ahli Muda');
    expect([af.kind, af.jenjang, af.kebutuhan]).toEqual(['fungsional', 'ahli-muda', 2]);
    expect(byName(d, 'Penyusun Anggaran').kind).toBe('pelaksana');
    expect(unitPath(d, byName(d, 'Penyusun Anggaran').unitId)).toBe('Badan Keuangan Daerah > Bidang Anggaran > Subbidang Penyusunan Anggaran');
    expect(r.notices.join('\n')).toMatch(/Jenis jabatan tidak diisi; ditentukan dari nama/);
  });

  it('one row per person: rows of the same jabatan become one jabatan with its pemangku', () => {
    const r = ok(parsePejabatCsv(read('per-orang.csv')));
    const pk = byName(r.doc, 'Pranata Komputer Ahli Pertama');
    expect(pk.pemangku.map((x) => x.nama)).toEqual(['Ani Lestari', 'Bambang Wijaya']);
    expect([pk.kebutuhan, bezettingOf(pk)]).toEqual([3, 2]);
    expect(Object.keys(r.doc.positions)).toHaveLength(3);
    expect(r.notices.join('\n')).toMatch(/baris pemangku dibaca sebagai 1 jabatan/);
  });

  it('unknown headers: refused with a mapping request; read with the mapping (remembered under the key)', () => {
    const first = parsePejabatCsv(read('kolom-asing.csv'));
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.mapping?.headers).toEqual(['Kd', 'Uraian Jabatan', 'Jns', 'Unit Kerja Induk', 'Kd Atasan']);
    expect(first.mapping?.key).toBe(layoutKeyOf(['Kd', 'Uraian Jabatan', 'Jns', 'Unit Kerja Induk', 'Kd Atasan']));
    const r = ok(
      parsePejabatCsv(read('kolom-asing.csv'), {
        columnMapping: { kd: 'kode', uraian_jabatan: 'nama_jabatan', jns: 'jenis', unit_kerja_induk: 'unit', kd_atasan: 'atasan' },
      }),
    );
    expect(superiorName(r.doc, 'Sekretaris')).toBe('Kepala Dinas Sosial');
  });

  it('all-or-nothing by default; "valid rows only" imports the rest and lists every row left out with its reason', () => {
    const strict = parsePejabatCsv(read('sebagian-salah.csv'));
    expect(strict.ok).toBe(false);
    const r = ok(parsePejabatCsv(read('sebagian-salah.csv'), { validRowsOnly: true }));
    expect(Object.values(r.doc.positions).map((p) => p.kode).sort()).toEqual(['1', '1.1']);
    expect(r.rejected.map((p) => p.row)).toEqual([4, 5, 6]);
    expect(r.rejected[0].message).toMatch(/Jenis «kepala» tidak dikenal/);
    expect(r.rejected[1].message).toMatch(/Atasan «1.2» \(baris 4\) tidak diimpor/);
    expect(r.rejected[2].message).toMatch(/Atasan «9» tidak ada/);
  });

  it('reads ESELON codes and counts with Indonesian number forms', () => {
    expect(parseEselon('21')?.kind).toBe('jpt-pratama');
    expect(parseEselon('III.a')?.kind).toBe('administrator');
    expect(parseEselon('IV.b')?.kind).toBe('pengawas');
    expect(parseEselon('I.a')?.kind).toBe('jpt-madya');
    expect(parseEselon('51')).toEqual({ kind: 'pengawas', eselonV: true });
    expect(parseEselon('VI')).toBeNull();
    expect(parseCount('3')).toBe(3);
    expect(parseCount('3,0')).toBe(3);
    expect(parseCount('1.250')).toBe(1250);
    expect(parseCount('x')).toBeNull();
  });
});
