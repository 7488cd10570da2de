import { describe, expect } from 'vitest';
import { ked10 } from '../../../src/rules/ked';
import { DocBuilder, dinas } from './helpers/build';
import { acrossProfiles } from './helpers/table';

function valid() {
  const b = new DocBuilder();
  const d = dinas(b);
  b.jf('ahli-pertama', 'Pranata Komputer', d.seksi, d.kasi);
  b.pos('pelaksana', 'Pengadministrasi', d.bidangB, d.kepala); // deep sub-unit to the PD's own head
  return b.build();
}

function crossing() {
  const b = new DocBuilder();
  const a = dinas(b, 'dinas', 'Dinas Kominfo');
  const setda = b.pd('Sekretariat Daerah', 'setda');
  const sekda = b.pos('jpt-pratama', 'Sekretaris Daerah', setda);
  const bagian = b.unit('Bagian Organisasi', setda);
  const kabag = b.pos('administrator', 'Kepala Bagian Organisasi', bagian, sekda);
  const jf = b.jf('ahli-muda', 'Analis Kebijakan Ahli Muda', a.seksi, kabag);
  const bidang = b.unit('Bidang Lain', a.pd);
  const kabid = b.pos('administrator', 'Kepala Bidang Lain', bidang, sekda);
  return { doc: b.build(), jf, kabag, kabid, sekda };
}

describe('KED-10', () => {
  const c = crossing();
  acrossProfiles(ked10, {
    valid: [valid()],
    invalid: [
      {
        doc: c.doc,
        expect: [
          {
            subjects: [c.jf, c.kabag],
            message: expect.stringContaining(
              'Garis kedudukan dari «Analis Kebijakan Ahli Muda» (JF Ahli Muda) pada Dinas Kominfo (Dinas) ke «Kepala Bagian Organisasi» (Administrator) pada Sekretariat Daerah (Sekretariat Daerah)',
            ),
          },
          { subjects: [c.kabid, c.sekda], message: expect.stringContaining('Garis komando') },
        ],
      },
    ],
  });
});
