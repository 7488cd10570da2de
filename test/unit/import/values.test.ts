import { describe, expect, it } from 'vitest';
import { columnOf } from '../../../src/io/import/columns';
import {
  guessTipePd,
  parseGolongan,
  parseJenis,
  parseJenjang,
  parseKelasJabatan,
  parsePendidikan,
  parsePengalaman,
  parsePredikat,
  parseTipePd,
  parseYaTidak,
} from '../../../src/io/import/values';

describe('column headers', () => {
  it('match case-insensitively and ignore spacing style', () => {
    expect(columnOf('KODE')).toEqual({ column: 'kode', alias: false });
    expect(columnOf(' Nama Jabatan ')).toEqual({ column: 'nama_jabatan', alias: false });
    expect(columnOf('nama-jabatan')).toEqual({ column: 'nama_jabatan', alias: false });
    expect(columnOf('Tipe_PD')).toEqual({ column: 'tipe_pd', alias: false });
  });
  it('know the names real sheets use, and say so', () => {
    expect(columnOf('Jenis Jabatan')).toEqual({ column: 'jenis', alias: true });
    expect(columnOf('Pangkat/Golongan')).toEqual({ column: 'golongan', alias: true });
  });
  it('leave other columns alone', () => {
    expect(columnOf('Keterangan')).toBeNull();
  });
});

describe('jenis', () => {
  it.each([
    ['jpt-pratama', 'jpt-pratama'],
    ['JPT Pratama', 'jpt-pratama'],
    ['jpt_madya', 'jpt-madya'],
    ['Jabatan Pimpinan Tinggi Pratama', 'jpt-pratama'],
    ['Administrator', 'administrator'],
    ['PENGAWAS', 'pengawas'],
    ['Pejabat Fungsional', 'fungsional'],
    ['JF', 'fungsional'],
    ['Pelaksana', 'pelaksana'],
    ['Jabatan Fungsional Umum', 'pelaksana'],
    ['Eselon II.b', 'jpt-pratama'],
    ['eselon IIIa', 'administrator'],
    ['Eselon IV', 'pengawas'],
  ])('%s → %s', (raw, kind) => expect(parseJenis(raw)).toBe(kind));
  it.each(['kabid', 'JPT', 'eselon V', ''])('refuses %j', (raw) => expect(parseJenis(raw)).toBeNull());
});

describe('jenjang', () => {
  it.each([
    ['ahli-muda', 'ahli-muda'],
    ['Ahli Muda', 'ahli-muda'],
    ['AHLI PERTAMA', 'ahli-pertama'],
    ['Madya', 'ahli-madya'],
    ['Terampil', 'terampil'],
    ['penyelia', 'penyelia'],
    ['Pelaksana Lanjutan', 'mahir'],
  ])('%s → %s', (raw, j) => expect(parseJenjang(raw)).toBe(j));
  it.each(['ahli-menengah', 'Ahli', 'Pelaksana'])('refuses %j', (raw) => expect(parseJenjang(raw)).toBeNull());
});

describe('tipe_pd', () => {
  it.each([
    ['kecamatan', 'kecamatan'],
    ['Kecamatan', 'kecamatan'],
    ['Sekretariat Daerah', 'setda'],
    ['Satpol PP', 'satpol-pp'],
    ['satpol-pp', 'satpol-pp'],
    ['DPMPTSP', 'dpmptsp'],
    ['Rumah Sakit Umum Daerah', 'rsud'],
    ['UPTD', 'upt'],
  ])('%s → %s', (raw, t) => expect(parseTipePd(raw)).toBe(t));
  it('refuses a PD name in place of a type', () => expect(parseTipePd('Dinas Pendidikan')).toBeNull());
  it.each([
    ['Kecamatan Banjarmasin Utara', 'kecamatan'],
    ['Sekretariat Daerah Kota Serang', 'setda'],
    ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'dpmptsp'],
    ['Badan Kepegawaian Daerah', 'badan'],
    ['RSUD Ulin', 'rsud'],
    ['Dinas Kesehatan', 'dinas'],
  ])('guesses %s → %s', (name, t) => expect(guessTipePd(name)).toBe(t));
  it('guesses nothing from an unusual name', () => expect(guessTipePd('Kantor Kesbangpol')).toBeNull());
});

describe('ya/tidak', () => {
  it.each([
    ['ya', true],
    ['Ya', true],
    ['YES', true],
    ['1', true],
    ['tidak', false],
    ['Tidak', false],
    ['', false],
    ['-', false],
  ])('%j → %s', (raw, v) => expect(parseYaTidak(raw)).toBe(v));
  it('refuses anything else', () => expect(parseYaTidak('mungkin')).toBeNull());
});

describe('pendidikan', () => {
  it.each([
    ['S1', 'S1'],
    ['s2', 'S2'],
    ['S-1 Teknik Informatika', 'S1'],
    ['S.2 Administrasi Publik', 'S2'],
    ['D-III', 'D3'],
    ['DIV', 'D4'],
    ['Diploma IV', 'D4'],
    ['Sarjana Terapan', 'D4'],
    ['Sarjana', 'S1'],
    ['Magister Manajemen', 'S2'],
    ['SMA', 'SMA/SMK'],
    ['SMK', 'SMA/SMK'],
    ['SLTA/Sederajat', 'SMA/SMK'],
    ['SMA/SMK', 'SMA/SMK'],
    ['SLTP', 'SMP'],
    ['SD', 'SD'],
  ])('%s → %s', (raw, v) => expect(parsePendidikan(raw)).toBe(v));
  it.each(['S.Kom', 'Sekolah', 'S4'])('refuses %j', (raw) => expect(parsePendidikan(raw)).toBeNull());
});

describe('golongan', () => {
  it.each([
    ['III/a', 'III/a'],
    ['iii/A', 'III/a'],
    ['III-a', 'III/a'],
    ['III.b', 'III/b'],
    ['IIIc', 'III/c'],
    ['III a', 'III/a'],
    ['3a', 'III/a'],
    ['3/d', 'III/d'],
    ['IV/e', 'IV/e'],
    ['Penata Muda Tk. I (III/b)', 'III/b'],
    ['Penata Muda Tingkat I', 'III/b'],
    ['Pembina Utama Muda', 'IV/c'],
    ['Pembina Utama', 'IV/e'],
    ['Pengatur', 'II/c'],
    ['Pembina Utama Muda, IV/c', 'IV/c'],
    ['Penata, III/c', 'III/c'],
    ['Gol. III/a', 'III/a'],
    ['Golongan IV-b', 'IV/b'],
  ])('%s → %s', (raw, v) => expect(parseGolongan(raw)).toBe(v));
  it.each([
    ['3', 'no letter: ambiguous'],
    ['V/a', 'no such golongan'],
    ['I/e', 'only IV has e'],
    ['Penata (III/a)', 'name and code disagree'],
    ['Penata Muda, III/c', 'name and code disagree'],
    ['III/f', 'no such letter'],
    ['IX', 'PPPK golongan'],
  ])('refuses %j (%s)', (raw) => expect(parseGolongan(raw)).toBeNull());
});

describe('numbers and predikat', () => {
  it('kelas jabatan is an integer 1–17', () => {
    expect(parseKelasJabatan('7')).toBe(7);
    expect(parseKelasJabatan('7.0')).toBe(7);
    expect(parseKelasJabatan('Kelas 9')).toBe(9);
    expect(parseKelasJabatan('0')).toBeNull();
    expect(parseKelasJabatan('18')).toBeNull();
    expect(parseKelasJabatan('7.5')).toBeNull();
  });
  it('pengalaman accepts a decimal comma and "tahun"', () => {
    expect(parsePengalaman('3')).toBe(3);
    expect(parsePengalaman('2,5')).toBe(2.5);
    expect(parsePengalaman('4 tahun')).toBe(4);
    expect(parsePengalaman('banyak')).toBeNull();
    expect(parsePengalaman('61')).toBeNull();
  });
  it('predikat kinerja by code or label', () => {
    expect(parsePredikat('Sangat Baik')).toBe('sangat-baik');
    expect(parsePredikat('butuh-perbaikan')).toBe('butuh-perbaikan');
    expect(parsePredikat('Kurang (Misconduct)')).toBe('kurang');
    expect(parsePredikat('Sangat Kurang')).toBe('sangat-kurang');
    expect(parsePredikat('Cukup')).toBeNull();
  });
});
