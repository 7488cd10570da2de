// The peta jabatan importers (CSV text and bytes, XLSX, importPetaJabatan) against random and damaged files: each
// ends as a full valid document holding every data row, or a refusal with messages — never an exception, never a
// partial document, nothing on Object.prototype.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Cell, SheetData } from 'write-excel-file/node';
import { COLUMNS, importPetaJabatan, parsePejabatCsv, type ImportResult } from '../../../src/io/import';
import { parsePejabatXlsx } from '../../../src/io/import/pejabatXlsx';
import { MAX_BYTES } from '../../../src/io/import/types';
import { checkZipSize, MAX_XLSX_UNCOMPRESSED_BYTES } from '../../../src/io/import/zipGuard';
import { csvRecords, xlsxBytes } from '../import/helpers';
import { count, createTally, FUZZ_TIMEOUT, documentProblems, expectNoPollution, fuzz, fuzzAsync, NASTY_KEYS, NASTY_TEXT, type Tally } from './helpers';

const tally: Tally = createTally('import');

/** A valid result holds one position per non-blank data row (less the rows grouped per person); a refusal has messages. */
function checkResult(result: ImportResult, dataRows: number | null): void {
  expectNoPollution();
  if (result.ok) {
    tally.accepted++;
    expect(documentProblems(result.doc)).toEqual([]);
    const n = Object.keys(result.doc.positions).length;
    expect(result.summary.positions).toBe(n);
    // Rows of the same jabatan in the same unit are one jabatan with several pemangku (the per-person layout);
    // the importer says so in a notice, and the count of positions drops by exactly that much.
    const grouped = result.notices.map((t) => /^(\d+) baris pemangku dibaca sebagai (\d+) jabatan/.exec(t)).find(Boolean);
    const merged = grouped ? Number(grouped[1]) - Number(grouped[2]) : 0;
    if (dataRows !== null) expect(n).toBe(dataRows - merged);
    for (const notice of result.notices) expect(typeof notice).toBe('string');
  } else {
    tally.refused++;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.message).toBe('string');
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.row === null || (Number.isInteger(p.row) && p.row >= 1)).toBe(true);
    }
  }
}

// ---- a generator of peta jabatan tables: mostly plausible, with junk, reserved words and markup mixed in
const KODES = ['1', '1.1', '1.10', '1.1.1', '2', '2.1', 'A', '__proto__', 'constructor'];
const cellArb = (column: string): fc.Arbitrary<string> => {
  const plausible: Record<string, string[]> = {
    kode: KODES,
    atasan: ['', '', ...KODES],
    nama_jabatan: ['Kepala Dinas', 'Sekretaris', 'Analis Kebijakan', 'Pranata Komputer'],
    jenis: ['jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana', 'JPT Pratama', 'Eselon III', 'jf', 'menteri'],
    jenjang: ['', 'ahli-muda', 'Ahli Pertama', 'terampil', 'mahir', 'madya', 'x'],
    unit: ['Dinas A', 'Dinas A > Bidang B', 'Dinas A > Bidang B > Seksi C', 'dinas a >  bidang b', 'Kecamatan X', ' > ', 'constructor > __proto__'],
    tipe_pd: ['', 'dinas', 'kecamatan', 'Badan', 'constructor', 'toString'],
    memimpin_unit_mandiri: ['', 'ya', 'tidak', '1', 'mungkin'],
    pengecualian: ['', 'ya', 'tidak', 'hasOwnProperty'],
    golongan: ['', 'III/a', 'Penata Muda Tk. I', 'constructor', '__proto__', 'IV/f', 'toString'],
    pendidikan: ['', 'S1', 'D-III', 'constructor', 'S-1 Teknik', 'VALUEOF'],
    kelas_jabatan: ['', '7', '18', '0', 'kelas 9', 'constructor'],
    predikat_kinerja: ['', 'baik', 'sangat baik', 'constructor'],
    pengalaman_tahun: ['', '3', '2,5', '61', '__proto__'],
    nip: ['', '198001012005012001', '1,98E+17'],
  };
  const own = Object.hasOwn(plausible, column) ? plausible[column] : ['', 'x'];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_TEXT, ...NASTY_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
};

const headerArb: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.shuffledSubarray([...COLUMNS], { minLength: 2 }),
    fc.array(fc.constantFrom(...NASTY_KEYS, 'Kode Jabatan', 'Nama Jabatan', 'JENIS', '', 'kode'), { maxLength: 3 }),
  )
  .chain(([cols, extra]) => fc.shuffledSubarray([...cols, ...extra], { minLength: cols.length + extra.length }));

/** header + rows; a row may be short, long or blank. */
const tableArb: fc.Arbitrary<string[][]> = headerArb.chain((header) =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.tuple(...header.map((h) => cellArb(h.toLowerCase().replace(/ /g, '_')))) },
        { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 6 }), { maxLength: header.length + 2 }) },
        { weight: 1, arbitrary: fc.constant([] as string[]) },
      ),
      { maxLength: 12 },
    )
    .map((rows) => [header, ...rows]),
);

/** What the importer should count as data rows when it accepts: non-blank rows after the header. */
function dataRowCount(records: string[][]): number {
  return records.slice(1).filter((r) => r.some((c) => c.trim() !== '')).length;
}

// ---- coherent tables that must import whole: valid structure, hostile free text
const FREE_TEXT = [...NASTY_TEXT, ...NASTY_KEYS].filter((t) => t.trim() !== '');
const VALID_HEADER = ['kode', 'nama_jabatan', 'jenis', 'jenjang', 'unit', 'atasan', 'substansi', 'nama', 'golongan', 'pendidikan'];
const KINDS = ['jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'];

const validTableArb: fc.Arbitrary<string[][]> = fc
  .array(
    fc.record({
      superior: fc.nat(),
      kind: fc.constantFrom(...KINDS),
      nama: fc.oneof(fc.constantFrom(...FREE_TEXT), fc.constantFrom('Kepala Dinas', 'Analis')),
      unit: fc.constantFrom('Dinas A', 'Dinas A > Bidang B', 'Dinas A > constructor', '__proto__ > toString', 'Kecamatan X'),
      substansi: fc.constantFrom(...FREE_TEXT, ''),
      holder: fc.constantFrom(...FREE_TEXT, ''),
      golongan: fc.constantFrom('', 'III/a', 'IV/b', 'Penata Muda'),
      pendidikan: fc.constantFrom('', 'S1', 'D-III', 'SMA'),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => {
    // kode values include reserved words: they are text to the importer
    const kodes = rows.map((_, i) => (i % 4 === 3 ? NASTY_KEYS[i % NASTY_KEYS.length] + i : `K${i}`));
    return [
      VALID_HEADER,
      ...rows.map((r, i) => [
        kodes[i],
        r.nama,
        r.kind,
        r.kind === 'fungsional' ? 'ahli-muda' : '',
        r.unit,
        i === 0 ? '' : kodes[r.superior % i],
        r.substansi,
        r.holder,
        r.golongan,
        r.pendidikan,
      ]),
    ];
  });

/** The same table with up to three cells replaced by hostile or random values. */
const editedTableArb: fc.Arbitrary<string[][]> = fc
  .tuple(
    validTableArb,
    fc.array(fc.record({ row: fc.nat(), col: fc.nat(), value: fc.oneof(fc.constantFrom(...NASTY_KEYS, ...NASTY_TEXT), fc.string({ maxLength: 8 })) }), {
      maxLength: 3,
    }),
  )
  .map(([records, edits]) => {
    const out = records.map((r) => [...r]);
    for (const e of edits) out[1 + (e.row % (out.length - 1))][e.col % VALID_HEADER.length] = e.value;
    return out;
  });

const csvOf = (records: string[][], delimiter: string) => Papa.unparse(records, { delimiter, quotes: false, newline: '\r\n' });

describe('CSV importer', { timeout: FUZZ_TIMEOUT }, () => {
  it('arbitrary text and bytes: a document or problems', () => {
    fuzz(
      tally,
      'CSV: arbitrary text',
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => checkResult(parsePejabatCsv(text), null)),
      400,
    );
    fuzz(
      tally,
      'CSV: arbitrary bytes',
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => checkResult(parsePejabatCsv(bytes), null)),
      300,
    );
  });

  it('coherent tables with hostile free text import whole, every name verbatim', () => {
    fuzz(
      tally,
      'CSV: valid tables, hostile text',
      fc.property(validTableArb, fc.constantFrom(',', ';'), (records, delimiter) => {
        const result = parsePejabatCsv(csvOf(records, delimiter));
        checkResult(result, records.length - 1);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const byKode = new Map(Object.values(result.doc.positions).map((p) => [p.kode, p]));
        for (const r of records.slice(1)) {
          const p = byKode.get(r[0]);
          expect(p?.nama).toBe(r[1].trim());
          expect(p?.substansi).toBe(r[6].trim());
          if (r[7].trim()) expect(p?.pemangku[0]?.nama).toBe(r[7].trim());
          expect(p?.superiorId ? result.doc.positions[p.superiorId].kode : '').toBe(r[5]);
        }
      }),
      300,
    );
  });

  it('coherent tables with up to three hostile cells: all rows or a refusal', () => {
    fuzz(
      tally,
      'CSV: edited tables',
      fc.property(editedTableArb, fc.constantFrom(',', ';'), (records, delimiter) => {
        const result = parsePejabatCsv(csvOf(records, delimiter));
        checkResult(result, result.ok && !result.notices.some((n) => /Judul kolom ditemukan di baris/.test(n)) ? dataRowCount(records) : null);
      }),
      400,
    );
  });

  it('random tables (shuffled columns, junk rows): all rows or a refusal', () => {
    fuzz(
      tally,
      'CSV: random tables',
      fc.property(tableArb, fc.constantFrom(',', ';'), (records, delimiter) => {
        const result = parsePejabatCsv(csvOf(records, delimiter));
        checkResult(result, result.ok && !result.notices.some((n) => /Judul kolom ditemukan di baris/.test(n)) ? dataRowCount(records) : null);
      }),
      300,
    );
  });

  it('a reserved word in any single vocabulary cell is refused at that cell or read as text', () => {
    for (const key of NASTY_KEYS) {
      for (const column of ['golongan', 'pendidikan', 'tipe_pd', 'jenis', 'jenjang', 'kelas_jabatan', 'predikat_kinerja', 'pengalaman_tahun', 'memimpin_unit_mandiri', 'pengecualian']) {
        const records = [
          ['kode', 'nama_jabatan', 'jenis', 'jenjang', 'unit', column === 'jenis' || column === 'jenjang' ? 'substansi' : column],
          ['1', 'Kepala', 'jpt-pratama', '', 'Dinas A', ''],
          ['2', 'Analis', 'fungsional', 'ahli-muda', 'Dinas A', ''],
        ];
        const target = column === 'jenis' ? 2 : column === 'jenjang' ? 3 : 5;
        records[2][target] = key;
        const result = parsePejabatCsv(Papa.unparse(records));
        count(tally.badInputs, 'reserved words in vocabulary cells');
        checkResult(result, 2);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => `${p.row}:${p.column}`)).toEqual([`3:${column}`]);
      }
    }
  });

  it('a known-good file with damaged text: all rows or a refusal', () => {
    const good = Papa.unparse(csvRecords('dinas-kominfo.csv'));
    fuzz(
      tally,
      'CSV: damaged good file',
      fc.property(
        fc.array(fc.record({ at: fc.nat(), text: fc.constantFrom('"', ',', ';', '\n', '\r', '__proto__', '<b>', '\u0000', '') }), {
          minLength: 1,
          maxLength: 5,
        }),
        (edits) => {
          let text = good;
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.text + text.slice(at + (e.text === '' ? 1 : 0));
          }
          checkResult(parsePejabatCsv(text), null);
        },
      ),
      400,
    );
  });

  it('reserved words as header, kode, atasan, unit and vocabulary cells are inert', () => {
    for (const key of NASTY_KEYS) {
      const records = [
        ['kode', 'nama_jabatan', 'jenis', 'jenjang', 'unit', 'atasan', 'golongan', 'pendidikan', 'tipe_pd', key],
        [key, 'Kepala', 'jpt-pratama', '', `${key} > Dinas`, '', key, key, '', key],
        ['2', 'Staf', 'pelaksana', '', `${key} > Dinas > ${key}`, key, '', '', '', ''],
      ];
      const result = parsePejabatCsv(Papa.unparse(records));
      count(tally.badInputs, 'pollution keys in CSV');
      checkResult(result, null);
      if (!result.ok) {
        // refused only because golongan/pendidikan «key» is not a golongan — never because of the header or the kode
        expect(result.problems.every((p) => p.column === 'golongan' || p.column === 'pendidikan')).toBe(true);
      }
      // without the vocabulary cells the same file imports whole
      const clean = records.map((r) => r.filter((_, i) => i !== 6 && i !== 7));
      const ok = parsePejabatCsv(Papa.unparse(clean));
      checkResult(ok, 2);
      expect(ok.ok).toBe(true);
    }
  });

  it('a file over the size limit is refused with the limit named', () => {
    const r = parsePejabatCsv(new Uint8Array(MAX_BYTES + 1));
    count(tally.badInputs, 'oversized files');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/batasnya 10 MB/);
  });
});

const cell = (v: string): Cell => (v === '' ? null : { value: v, type: String, format: '@' });

describe('XLSX importer', { timeout: FUZZ_TIMEOUT }, () => {
  it('generated workbooks: all rows or a refusal', async () => {
    await fuzzAsync(
      tally,
      'XLSX: generated workbooks',
      fc.asyncProperty(fc.oneof(validTableArb, editedTableArb, tableArb), async (records) => {
        // control characters cannot be stored in XML; a spreadsheet program would not write them either
        const clean = records.map((r) => r.map((v) => v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')));
        const sheet: SheetData = clean.map((r) => r.map(cell));
        const result = await parsePejabatXlsx(await xlsxBytes(sheet));
        // a coherent table imports whole from a workbook too (nothing here is stored as a number or date), less the
        // rows of one jabatan grouped per person, as for CSV
        checkResult(result, result.ok && !result.notices.some((n) => /Judul kolom ditemukan di baris/.test(n)) ? dataRowCount(clean) : null);
      }),
      40,
    );
  });

  it('a valid workbook with flipped, truncated or inserted bytes: resolves, never rejects', async () => {
    const good = await xlsxBytes(csvRecords('dinas-kominfo.csv').map((r) => r.map(cell)));
    await fuzzAsync(
      tally,
      'XLSX: damaged bytes',
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), kind: fc.constantFrom('flip', 'truncate', 'insert') }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (edits) => {
          let bytes = good.slice();
          for (const e of edits) {
            const at = e.at % bytes.length;
            if (e.kind === 'flip') bytes[at] = e.byte;
            else if (e.kind === 'truncate') bytes = bytes.slice(0, Math.max(4, at));
            else bytes = new Uint8Array([...bytes.slice(0, at), e.byte, ...bytes.slice(at)]);
          }
          checkResult(await parsePejabatXlsx(bytes), null);
        },
      ),
      60,
    );
  });

  it('a workbook whose directory declares gigabytes is refused before unpacking', async () => {
    const good = await xlsxBytes([[cell('kode'), cell('nama_jabatan'), cell('jenis'), cell('unit')], [cell('1'), cell('K'), cell('jpt-pratama'), cell('D')]]);
    expect(checkZipSize(good)).toMatchObject({ ok: true });
    // patch every central-directory entry's uncompressed size to 1 GB
    const bomb = good.slice();
    const view = new DataView(bomb.buffer);
    for (let i = 0; i + 46 <= bomb.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024 * 1024 * 1024, true);
    }
    const verdict = checkZipSize(bomb);
    expect(verdict.ok).toBe(false);
    const r = await parsePejabatXlsx(bomb);
    count(tally.badInputs, 'zip bombs');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(new RegExp(`lebih dari ${MAX_XLSX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`));
  });
});

describe('importPetaJabatan (what the import dialog calls)', { timeout: FUZZ_TIMEOUT }, () => {
  it('random bytes under any name: resolves with a document or problems', async () => {
    await fuzzAsync(
      tally,
      'importPetaJabatan: random bytes and names',
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]))),
        fc.constantFrom('peta.csv', 'peta.xlsx', 'peta.xls', 'peta', '__proto__.csv'),
        async (bytes, name) => checkResult(await importPetaJabatan({ name, bytes }), null),
      ),
      200,
    );
  });
});
