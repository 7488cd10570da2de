import { describe, expect } from 'vitest';
import { ked01 } from '../../../src/rules/ked';
import { DocBuilder, dinas } from './helpers/build';
import { acrossProfiles } from './helpers/table';

function valid() {
  const b = new DocBuilder();
  const d = dinas(b);
  b.jf('ahli-pertama', 'Pranata Komputer Ahli Pertama', d.seksi, d.kasi);
  b.pos('pelaksana', 'Pengadministrasi Umum', d.seksi, d.kasi);
  // a second top-level unit with its head, and a top-level unit kerja mandiri led by a JF
  const setda = b.pd('Sekretariat Daerah', 'setda');
  b.pos('jpt-pratama', 'Sekretaris Daerah', setda);
  const lab = b.pd('Laboratorium Kesehatan Daerah', 'upt');
  b.jf('ahli-madya', 'Pranata Laboratorium Kesehatan Ahli Madya', lab, null, { memimpinUnitMandiri: true });
  return b.build();
}

function jfWithoutSuperior() {
  const b = new DocBuilder();
  const d = dinas(b);
  const jf = b.jf('ahli-muda', 'Analis Kebijakan Ahli Muda', d.bidangA, null);
  return { doc: b.build(), jf };
}

function structuralWithoutSuperior() {
  const b = new DocBuilder();
  const d = dinas(b);
  const bidang = b.unit('Bidang C', d.pd);
  const kabid = b.pos('administrator', 'Kepala Bidang C', bidang, null);
  return { doc: b.build(), kabid };
}

function pelaksanaInTopUnitAndDangling() {
  const b = new DocBuilder();
  const d = dinas(b);
  const pel = b.pos('pelaksana', 'Pengemudi', d.pd, null);
  const dangling = b.pos('pelaksana', 'Pramu Kantor', d.seksi, 'p_hilang');
  return { doc: b.build(), pel, dangling };
}

describe('KED-01', () => {
  const a = jfWithoutSuperior();
  const s = structuralWithoutSuperior();
  const p = pelaksanaInTopUnitAndDangling();
  acrossProfiles(ked01, {
    valid: [valid()],
    invalid: [
      { name: 'JF tanpa kedudukan', doc: a.doc, expect: [{ subjects: [a.jf], message: expect.stringContaining('«Analis Kebijakan Ahli Muda» (JF Ahli Muda) belum memiliki kedudukan') }] },
      { name: 'Kepala Bidang tanpa atasan', doc: s.doc, expect: [{ subjects: [s.kabid], message: expect.stringContaining('bukan pimpinan unit teratas') }] },
      { name: 'Pelaksana di unit teratas; atasan yang tidak ada', doc: p.doc, expect: [{ subjects: [p.pel] }, { subjects: [p.dangling] }] },
    ],
  });
});
