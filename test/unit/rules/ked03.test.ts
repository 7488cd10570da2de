import { describe, expect } from 'vitest';
import { ked03 } from '../../../src/rules/ked';
import { DocBuilder, dinas, kecamatan } from './helpers/build';
import { acrossProfiles } from './helpers/table';

function valid() {
  const b = new DocBuilder();
  dinas(b);
  kecamatan(b); // Sekretaris Camat (Administrator) under Camat (Administrator): equal rank
  const rsud = b.pd('RSUD Ratu Zalecha', 'rsud');
  const direktur = b.pos('jpt-pratama', 'Direktur', rsud);
  const wadir = b.pos('administrator', 'Wakil Direktur Umum', rsud, direktur);
  const bagian = b.unit('Bagian Umum', rsud);
  b.pos('administrator', 'Kepala Bagian Umum', bagian, wadir);
  const setda = b.pd('Sekretariat Daerah Provinsi', 'setda');
  const sekda = b.pos('jpt-madya', 'Sekretaris Daerah Provinsi', setda);
  b.pos('jpt-pratama', 'Asisten Pemerintahan', setda, sekda);
  return b.build();
}

function invalid() {
  const b = new DocBuilder();
  const d = dinas(b);
  const bidang = b.unit('Bidang C', d.pd);
  const kabidUnderKasi = b.pos('administrator', 'Kepala Bidang C', bidang, d.kasi);
  const jptUnderAdmin = b.pos('jpt-pratama', 'Staf Ahli', d.pd, d.kabidB);
  const lab = b.unit('Laboratorium', d.pd);
  const jfMandiri = b.jf('ahli-muda', 'Kepala Laboratorium', lab, d.kepala, { memimpinUnitMandiri: true });
  const kasiUnderJf = b.pos('pengawas', 'Kepala Seksi Lab', lab, jfMandiri);
  return { doc: b.build(), d, kabidUnderKasi, jptUnderAdmin, jfMandiri, kasiUnderJf };
}

describe('KED-03', () => {
  const c = invalid();
  acrossProfiles(ked03, {
    valid: [valid()],
    invalid: [
      {
        doc: c.doc,
        expect: [
          {
            subjects: [c.kabidUnderKasi, c.d.kasi],
            message: expect.stringContaining('«Kepala Bidang C» (Administrator) berada di bawah «Kepala Seksi A1» (Pengawas) yang tingkatnya lebih rendah'),
          },
          { subjects: [c.jptUnderAdmin, c.d.kabidB] },
          { subjects: [c.kasiUnderJf, c.jfMandiri], message: expect.stringContaining('hanya berada di bawah jabatan struktural') },
        ],
      },
    ],
  });
});
