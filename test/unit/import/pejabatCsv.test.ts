import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  importPetaJabatan,
  kodeOf,
  MAX_BYTES,
  MAX_DATA_ROWS,
  parsePejabatCsv,
  subjectAsKode,
  type ImportResult,
} from '../../../src/io/import';
import { restore, unitPath, WorkspaceSchema, type Position, type Workspace } from '../../../src/model';
import { bigCsv, fixtureBytes, fixtureText } from './helpers';

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error('expected the import to succeed:\n' + result.problems.map(formatProblem).join('\n'));
  return result;
}

function refused(result: ImportResult): Extract<ImportResult, { ok: false }>['problems'] {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
}

function byKode(doc: Workspace, kode: string): Position {
  const p = Object.values(doc.positions).find((x) => x.kode === kode);
  if (!p) throw new Error(`no position ${kode}`);
  return p;
}

const superiorKode = (doc: Workspace, kode: string): string | null => {
  const s = byKode(doc, kode).superiorId;
  return s === null ? null : doc.positions[s].kode;
};

const csv = (...lines: string[]): string => lines.join('\n') + '\n';
const HEAD = 'kode,nama_jabatan,jenis,jenjang,unit,atasan';

describe('realistic Dinas (dinas-kominfo.csv)', () => {
  const result = ok(parsePejabatCsv(fixtureBytes('dinas-kominfo.csv')));
  const { doc } = result;

  it('reads every row, with a summary', () => {
    expect(result.summary).toEqual({
      units: 6,
      positions: 25,
      byKind: { 'jpt-madya': 0, 'jpt-pratama': 1, administrator: 4, pengawas: 1, fungsional: 14, pelaksana: 5 },
    });
    expect(result.notices).toEqual([]);
    expect(doc.title).toBe('Dinas Komunikasi dan Informatika');
    expect(doc.profileId).toBe('nasional');
  });

  it('is a valid document that restore() has nothing to repair in', () => {
    expect(() => WorkspaceSchema.parse(doc)).not.toThrow();
    expect(restore(JSON.parse(JSON.stringify(doc))).notices).toEqual([]);
  });

  it('builds the unit tree from the paths; the first segment is the Perangkat Daerah', () => {
    const units = Object.values(doc.units);
    const pd = units.filter((u) => u.isPerangkatDaerah);
    expect(pd.map((u) => [u.nama, u.tipePd, u.parentId])).toEqual([['Dinas Komunikasi dan Informatika', 'dinas', null]]);
    const sub = units.find((u) => u.nama === 'Sub Bagian Umum dan Kepegawaian')!;
    expect(unitPath(doc, sub.id)).toBe(
      'Dinas Komunikasi dan Informatika > Sekretariat > Sub Bagian Umum dan Kepegawaian',
    );
    expect(units.filter((u) => !u.isPerangkatDaerah).every((u) => u.tipePd === null)).toBe(true);
  });

  it('keeps kode as text: 1.10 is not 1.1', () => {
    expect(byKode(doc, '1.10').nama).toBe('Analis Kebijakan Ahli Madya');
    expect(byKode(doc, '1.1').nama).toBe('Sekretaris');
    expect(superiorKode(doc, '1.10')).toBe('1');
  });

  it('sets each superior from atasan and leaves the head without one', () => {
    expect(superiorKode(doc, '1')).toBeNull();
    expect(superiorKode(doc, '1.1.1.3')).toBe('1.1.1');
    expect(superiorKode(doc, '1.2.5')).toBe('1.2');
    expect(doc.positions[byKode(doc, '1.1.1.1').id].unitId).toBe(byKode(doc, '1.1.1').unitId);
  });

  it('marks the unit of the row that says pengecualian', () => {
    const marked = Object.values(doc.units).filter((u) => u.pengecualian).map((u) => u.nama);
    expect(marked).toEqual(['Sub Bagian Umum dan Kepegawaian']);
  });

  it('reads holder data as the one pemangku, and no pemangku on rows without any', () => {
    expect(byKode(doc, '1.1.2').kelasJabatan).toBe(9);
    expect(byKode(doc, '1.1.2').pemangku).toEqual([{
      id: expect.any(String),
      nama: 'Siti Nurhaliza',
      nip: '198507082009022003',
      pendidikan: 'S1',
      golongan: 'III/c',
      predikatKinerja: 'sangat-baik',
      pengalamanTahun: 14,
    }]);
    expect(byKode(doc, '1.2.4').pemangku).toEqual([]);
    expect(byKode(doc, '1.2.1')).toMatchObject({ kind: 'fungsional', jenjang: 'ahli-muda', substansi: 'teknologi informasi' });
  });

  it('maps findings back to kode', () => {
    const p = byKode(doc, '1.4.2');
    expect(kodeOf(doc, p.id)).toBe('1.4.2');
    expect(kodeOf(doc, 'pos_none')).toBeNull();
    expect(subjectAsKode(doc, p.id)).toBe('1.4.2');
    expect(subjectAsKode(doc, p.unitId)).toBe('Dinas Komunikasi dan Informatika > Bidang Statistik dan Persandian');
    expect(subjectAsKode(doc, 'team_x')).toBe('team_x');
  });
});

describe('semicolon, BOM, CRLF and Indonesian labels (kecamatan-titik-koma-bom.csv)', () => {
  const result = ok(parsePejabatCsv(fixtureBytes('kecamatan-titik-koma-bom.csv')));
  const { doc } = result;

  it('detects the semicolon and strips BOM and CR', () => {
    expect(result.summary.positions).toBe(11);
    expect(byKode(doc, 'K.01').nama).toBe('Camat Banjarmasin Utara');
    for (const p of Object.values(doc.positions)) expect(p.nama).not.toMatch(/\r/);
  });

  it('reads labels in any case', () => {
    expect(byKode(doc, 'K.01').kind).toBe('administrator');
    expect(byKode(doc, 'K.01.2.1')).toMatchObject({ kind: 'fungsional', jenjang: 'ahli-pertama' });
    expect(byKode(doc, 'K.01.3.2')).toMatchObject({ kind: 'fungsional', jenjang: 'ahli-muda' });
    const pd = Object.values(doc.units).find((u) => u.isPerangkatDaerah)!;
    expect(pd.tipePd).toBe('kecamatan');
  });

  it('normalises holder values', () => {
    expect(byKode(doc, 'K.01').pemangku[0]).toMatchObject({ pendidikan: 'S2', golongan: 'IV/b', predikatKinerja: 'sangat-baik' });
    expect(byKode(doc, 'K.01.1').pemangku[0]).toMatchObject({ golongan: 'IV/a', pendidikan: 'S1' });
    expect(byKode(doc, 'K.01.1.1').pemangku[0]).toMatchObject({ golongan: 'III/d' });
    expect(byKode(doc, 'K.01.2.1').pemangku[0]).toMatchObject({ golongan: 'III/b', pengalamanTahun: 4.5 });
    expect(byKode(doc, 'K.01.3.1').pemangku[0]).toMatchObject({ pendidikan: 'SMA/SMK' });
    expect(byKode(doc, 'K.01.2.2').pemangku[0]).toMatchObject({ predikatKinerja: 'butuh-perbaikan', golongan: 'II/b' });
  });

  it('says which column it ignored', () => {
    expect(result.notices).toEqual(['Kolom yang tidak dikenal diabaikan: «Keterangan».']);
  });
});

describe('quoted fields (kutip-koma.csv)', () => {
  const result = ok(parsePejabatCsv(fixtureBytes('kutip-koma.csv')));
  const { doc } = result;
  it('keeps commas and doubled quotes inside quoted values', () => {
    expect(byKode(doc, '1.1.1').nama).toBe('Kepala Sub Bagian Umum, Kepegawaian dan Keuangan');
    expect(byKode(doc, '1.10').nama).toBe(
      'Perencana Ahli Madya ("Koordinator" Perencanaan, Pengendalian dan Evaluasi)',
    );
    expect(byKode(doc, '1.10').substansi).toBe('perencanaan, pengendalian');
    expect(unitPath(doc, byKode(doc, '1.1.1.1').unitId)).toBe(
      'Badan Perencanaan, Penelitian dan Pengembangan Daerah > Sekretariat > Sub Bagian Umum, Kepegawaian dan Keuangan',
    );
  });
  it('guesses tipe_pd from the PD name when the column is absent, and says so', () => {
    expect(Object.values(doc.units).find((u) => u.isPerangkatDaerah)!.tipePd).toBe('badan');
    expect(result.notices.join('\n')).toMatch(/dari namanya dianggap «badan»/);
  });
});

describe('refused files, one per reason', () => {
  const cases: [string, { row: number | null; column?: string; match: RegExp }[]][] = [
    ['tolak-kolom-wajib-hilang.csv', [{ row: 1, column: 'jenis', match: /Kolom wajib «jenis» tidak ada/ }]],
    ['tolak-kode-ganda.csv', [{ row: 4, column: 'kode', match: /«1\.1» sudah dipakai di baris 3/ }]],
    ['tolak-jenis-tidak-dikenal.csv', [{ row: 3, column: 'jenis', match: /«kabid» tidak dikenal/ }]],
    ['tolak-jenjang-tidak-dikenal.csv', [{ row: 3, column: 'jenjang', match: /«ahli-menengah» tidak dikenal/ }]],
    ['tolak-jf-tanpa-jenjang.csv', [{ row: 3, column: 'jenjang', match: /wajib diisi untuk Pejabat Fungsional/ }]],
    ['tolak-atasan-tidak-ada.csv', [{ row: 3, column: 'atasan', match: /«9\.9» tidak ada di kolom kode/ }]],
    ['tolak-sel-wajib-kosong.csv', [{ row: 3, column: 'nama_jabatan', match: /kosong; kolom ini wajib diisi/ }]],
    [
      'tolak-kosakata.csv',
      [
        { row: 2, column: 'tipe_pd', match: /«dinas pendidikan» tidak dikenal/ },
        { row: 3, column: 'pengecualian', match: /«mungkin»/ },
        { row: 3, column: 'pendidikan', match: /«S\.Kom»/ },
        { row: 3, column: 'golongan', match: /«V\/a»/ },
        { row: 3, column: 'kelas_jabatan', match: /«21»/ },
        { row: 3, column: 'predikat_kinerja', match: /«cukup»/ },
        { row: 3, column: 'pengalaman_tahun', match: /«banyak»/ },
      ],
    ],
    [
      'tolak-banyak-masalah.csv',
      [
        { row: 3, column: 'jenis', match: /«kabid»/ },
        { row: 4, column: 'kode', match: /sudah dipakai di baris 3/ },
        { row: 5, column: 'jenjang', match: /wajib diisi/ },
        { row: 5, column: 'atasan', match: /«1\.2» tidak ada/ },
      ],
    ],
  ];
  it.each(cases)('%s', (name, expected) => {
    const problems = refused(parsePejabatCsv(fixtureBytes(name)));
    expect(problems.map((p) => ({ row: p.row, column: p.column }))).toEqual(
      expected.map((e) => ({ row: e.row, column: e.column })),
    );
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i].match));
  });

  it('formats a problem with its row and column', () => {
    const [p] = refused(parsePejabatCsv(fixtureBytes('tolak-kode-ganda.csv')));
    expect(formatProblem(p)).toMatch(/^Baris 4, kolom kode: Kode «1\.1» sudah dipakai di baris 3/);
    expect(formatProblem({ row: null, message: 'Berkas kosong.' })).toBe('Berkas kosong.');
  });
});

describe('reading details', () => {
  it('keeps spreadsheet row numbers across empty lines', () => {
    const text = csv(HEAD, '1,Kepala,jpt-pratama,,Dinas A,', '', '', '1.1,Sekretaris,kabid,,Dinas A > Sekretariat,1');
    expect(refused(parsePejabatCsv(text))).toMatchObject([{ row: 5, column: 'jenis' }]);
  });

  it('counts rows by record, so a quoted line break does not shift them', () => {
    const text = csv(HEAD, '1,"Kepala\nDinas",jpt-pratama,,Dinas A,', '1.1,Sekretaris,kabid,,Dinas A,1');
    expect(refused(parsePejabatCsv(text))).toMatchObject([{ row: 3, column: 'jenis' }]);
  });

  it('finds the header under a title block and says so', () => {
    const text = csv('PETA JABATAN DINAS A,,,,,', 'Tahun 2024,,,,,', HEAD, '1,Kepala,jpt-pratama,,Dinas A,', '1.1,X,kabid,,Dinas A,1');
    expect(refused(parsePejabatCsv(text))).toMatchObject([{ row: 5, column: 'jenis' }]);
    const good = ok(parsePejabatCsv(csv('PETA JABATAN DINAS A,,,,,', HEAD, '1,Kepala,jpt-pratama,,Dinas A,')));
    expect(good.notices[0]).toMatch(/Judul kolom ditemukan di baris 2/);
  });

  it('detects the delimiter from the header even when values hold the other one', () => {
    const text = csv(
      'kode;nama_jabatan;jenis;unit;golongan',
      '1;Kepala Dinas;JPT Pratama;Dinas A;Pembina Utama Muda, IV/c',
      '1.1;Sekretaris, merangkap PLT;Administrator;Dinas A > Sekretariat;IV/a',
    );
    const { doc } = ok(parsePejabatCsv(text));
    expect(byKode(doc, '1.1').nama).toBe('Sekretaris, merangkap PLT');
  });

  it('reads a tab-separated paste from a spreadsheet', () => {
    const { doc } = ok(parsePejabatCsv(csv('kode\tnama_jabatan\tjenis\tunit', '1\tKepala\tjpt-pratama\tDinas A')));
    expect(byKode(doc, '1').kind).toBe('jpt-pratama');
  });

  it('strips a BOM from text input too', () => {
    const { doc } = ok(parsePejabatCsv('\ufeff' + csv('kode,nama_jabatan,jenis,unit', '1,Kepala,jpt-pratama,Dinas A')));
    expect(byKode(doc, '1').nama).toBe('Kepala');
  });

  it('reads Windows-1252 bytes (Excel "CSV" on Windows) with a notice', () => {
    const text = csv('kode,nama_jabatan,jenis,unit', '1,Kepala Dinas Pariwisata,jpt-pratama,Dinas Caf\u00e9');
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const result = ok(parsePejabatCsv(bytes));
    expect(Object.values(result.doc.units)[0].nama).toBe('Dinas Café');
    expect(result.notices[0]).toMatch(/bukan UTF-8/);
  });

  it('refuses a row with more values than the header, hinting at quotes', () => {
    const text = csv('kode,nama_jabatan,jenis,unit', '1,Kepala Bidang Anggaran, Perbendaharaan,jpt-pratama,Dinas A');
    const problems = refused(parsePejabatCsv(text));
    expect(problems[0]).toMatchObject({ row: 2 });
    expect(problems[0].message).toMatch(/5 nilai, padahal judulnya 4 kolom.*tanda kutip/);
  });

  it('refuses an unterminated quote', () => {
    const problems = refused(parsePejabatCsv(csv('kode,nama_jabatan,jenis,unit', '1,"Kepala,jpt-pratama,Dinas A')));
    expect(problems[0].message).toMatch(/tidak ditutup/);
  });

  it('refuses a column given twice, a self-superior, an empty unit segment', () => {
    expect(refused(parsePejabatCsv(csv('kode,Kode,nama_jabatan,jenis,unit', '1,1,K,jpt-pratama,D'))))
      .toMatchObject([{ row: 1, column: 'kode' }]);
    const problems = refused(
      parsePejabatCsv(csv(HEAD, '1,Kepala,jpt-pratama,,Dinas A,1', '2,Sekretaris,administrator,,Dinas A >  > Sekretariat,1')),
    );
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'atasan'],
      [3, 'unit'],
    ]);
    expect(problems[0].message).toMatch(/dirinya sendiri/);
  });

  it('suggests the text kode when atasan names it as a number', () => {
    const problems = refused(parsePejabatCsv(csv(HEAD, '1.10,Kepala,jpt-pratama,,Dinas A,', '2,Staf,pelaksana,,Dinas A,1.1')));
    expect(problems[0].message).toMatch(/Mungkin maksudnya «1\.10»\?/);
  });

  it('refuses an empty file and a header-only file', () => {
    expect(refused(parsePejabatCsv(''))[0].message).toMatch(/kosong/);
    expect(refused(parsePejabatCsv('kode,nama_jabatan,jenis,unit\n'))[0].message).toMatch(/hanya berisi judul kolom/);
  });

  it('lists every problem of every row, sorted by row', () => {
    const lines = [HEAD];
    for (let i = 1; i <= 300; i++) lines.push(`${i},Jabatan ${i},bukan-jenis,,Dinas A,`);
    const problems = refused(parsePejabatCsv(csv(...lines)));
    expect(problems).toHaveLength(300);
    expect(problems.map((p) => p.row)).toEqual(lines.slice(1).map((_, i) => i + 2));
  });

  it('merges unit spellings that differ only in case/spaces, with a notice', () => {
    const result = ok(
      parsePejabatCsv(csv(HEAD, '1,Kepala,jpt-pratama,,Dinas A,', '2,Kabid,administrator,,Dinas A > Bidang  Anggaran,1', '3,Staf,pelaksana,,dinas a > bidang anggaran,2')),
    );
    expect(result.summary.units).toBe(2);
    expect(result.notices.join('\n')).toMatch(/«bidang anggaran» \(baris 4\) dianggap sama dengan «Bidang Anggaran»/);
  });

  it('takes tipe_pd from the PD rows and reports a disagreeing row', () => {
    const result = ok(
      parsePejabatCsv(
        csv(
          'kode,nama_jabatan,jenis,unit,tipe_pd,atasan',
          '1,Lurah,pengawas,Kecamatan B > Kelurahan C,kelurahan,2',
          '2,Camat,administrator,Kecamatan B,Kecamatan,',
        ),
      ),
    );
    const pd = Object.values(result.doc.units).find((u) => u.isPerangkatDaerah)!;
    expect(pd.tipePd).toBe('kecamatan');
    expect(result.notices.join('\n')).toMatch(/berbeda-beda \(baris 2: kelurahan\); dipakai «kecamatan» dari baris 3/);
  });

  it('defaults tipe_pd to dinas with a notice when neither column nor name says', () => {
    const result = ok(parsePejabatCsv(csv('kode,nama_jabatan,jenis,unit', '1,Kepala,jpt-pratama,Kantor Kesbangpol')));
    expect(Object.values(result.doc.units)[0].tipePd).toBe('dinas');
    expect(result.notices.join('\n')).toMatch(/dianggap «dinas»/);
  });

  it('ignores jenjang and memimpin_unit_mandiri where they do not apply, with one notice each', () => {
    const result = ok(
      parsePejabatCsv(
        csv(
          'kode,nama_jabatan,jenis,jenjang,unit,atasan,memimpin_unit_mandiri',
          '1,Kepala,jpt-pratama,ahli-madya,Dinas A,,ya',
          '2,Kepala UPT,fungsional,ahli-muda,Dinas A > UPT,1,ya',
          '3,Staf,pelaksana,terampil,Dinas A,1,',
        ),
      ),
    );
    expect(byKode(result.doc, '1')).toMatchObject({ jenjang: null, memimpinUnitMandiri: false });
    expect(byKode(result.doc, '2')).toMatchObject({ jenjang: 'ahli-muda', memimpinUnitMandiri: true });
    expect(byKode(result.doc, '3').jenjang).toBeNull();
    expect(result.notices).toContain('Jenjang diabaikan pada jabatan yang bukan fungsional (baris 2, 4).');
    expect(result.notices.join('\n')).toMatch(/memimpin_unit_mandiri hanya berlaku .* \(baris 2\)/);
  });

  it('drops a NIP that Excel turned into a number in the CSV', () => {
    const result = ok(parsePejabatCsv(csv('kode,nama_jabatan,jenis,unit,nama,nip', '1,Kepala,jpt-pratama,Dinas A,Budi,1.98001E+17')));
    expect(byKode(result.doc, '1').pemangku[0]).toMatchObject({ nama: 'Budi', nip: '' });
    expect(result.notices.join('\n')).toMatch(/NIP tersimpan sebagai angka/);
  });

  it('reads several Perangkat Daerah and lines between them (rules judge those, not the import)', () => {
    const result = ok(parsePejabatCsv(csv(HEAD, '1,Kepala A,jpt-pratama,,Dinas A,', '2,Kepala B,jpt-pratama,,Badan B,', '3,Staf,pelaksana,,Badan B,1')));
    expect(result.doc.title).toBe('Peta jabatan');
    expect(Object.values(result.doc.units).filter((u) => u.isPerangkatDaerah)).toHaveLength(2);
    expect(superiorKode(result.doc, '3')).toBe('1');
  });

  it('accepts a title option', () => {
    expect(ok(parsePejabatCsv(csv('kode,nama_jabatan,jenis,unit', '1,K,jpt-pratama,D'), { title: 'Uji' })).doc.title).toBe('Uji');
  });
});

describe('limits', () => {
  it(`refuses more than ${MAX_DATA_ROWS} rows`, () => {
    const problems = refused(parsePejabatCsv(bigCsv(MAX_DATA_ROWS + 1)));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/20\.001 baris jabatan; batasnya 20\.000/);
  });
  it('refuses a file over 10 MB before reading it', () => {
    const problems = refused(parsePejabatCsv(new Uint8Array(MAX_BYTES + 1)));
    expect(problems[0].message).toMatch(/batasnya 10 MB/);
  });
});

describe('kode stays text through a CSV round trip', () => {
  it('any set of unique kode strings', () => {
    const kode = fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z.\-/ ]{0,8}[0-9A-Za-z]$|^[0-9]$/);
    fc.assert(
      fc.property(fc.uniqueArray(kode, { minLength: 1, maxLength: 30 }), fc.constantFrom(',', ';'), (kodes, delimiter) => {
        const rows = kodes.map((k, i) => [k, `Jabatan ${i}`, 'pelaksana', 'Dinas A', i === 0 ? '' : kodes[0]]);
        const text = Papa.unparse([['kode', 'nama_jabatan', 'jenis', 'unit', 'atasan'], ...rows], { delimiter });
        const result = ok(parsePejabatCsv(text));
        expect(Object.values(result.doc.positions).map((p) => p.kode)).toEqual(kodes);
      }),
      { numRuns: 200 },
    );
  });
});

describe('importPetaJabatan', () => {
  it('reads CSV by default and refuses .xls and a fake .xlsx', async () => {
    expect((await importPetaJabatan({ name: 'a.csv', bytes: fixtureText('kutip-koma.csv') })).ok).toBe(true);
    const xls = await importPetaJabatan({ name: 'a.xls', bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) });
    expect(refused(xls)[0].message).toMatch(/\.xls \(Excel 97–2003\) tidak didukung/);
    const fake = await importPetaJabatan({ name: 'a.xlsx', bytes: fixtureBytes('kutip-koma.csv') });
    expect(refused(fake)[0].message).toMatch(/bukan XLSX yang sah/);
  });
});

// Speed is measured by `npm run bench` (csv_import_5000_ms), not asserted here.
describe('large files', () => {
  it('imports 5,000 rows', () => {
    const result = ok(parsePejabatCsv(bigCsv(5000)));
    expect(result.summary.positions).toBe(5000);
  });
});
