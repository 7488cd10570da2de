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

/** Nested Perangkat Daerah: a UPT marked as PD inside its Dinas, Kelurahan marked as PD inside their Kecamatan. */
function nested() {
  const b = new DocBuilder();
  const dinkes = b.pd('Dinas Kesehatan', 'dinas');
  const kadis = b.pos('jpt-pratama', 'Kepala Dinas Kesehatan', dinkes);
  const bidang = b.unit('Bidang Pelayanan', dinkes);
  const kabid = b.pos('administrator', 'Kepala Bidang Pelayanan', bidang, kadis);
  const upt = b.unit('UPT Laboratorium Kesehatan', dinkes, { isPerangkatDaerah: true, tipePd: 'upt' });
  const kaUpt = b.pos('pengawas', 'Kepala UPT Laboratorium Kesehatan', upt, kadis);
  const upt2 = b.unit('UPT Puskesmas', dinkes, { isPerangkatDaerah: true, tipePd: 'upt' });
  const kaUpt2 = b.pos('pengawas', 'Kepala UPT Puskesmas', upt2, kabid);
  const pranata = b.jf('ahli-pertama', 'Pranata Laboratorium Kesehatan', upt, kaUpt);
  const kecA = b.pd('Kecamatan A', 'kecamatan');
  const camatA = b.pos('administrator', 'Camat A', kecA);
  const kelX = b.unit('Kelurahan X', kecA, { isPerangkatDaerah: true, tipePd: 'kelurahan' });
  const lurahX = b.pos('pengawas', 'Lurah X', kelX, camatA);
  const kecB = b.pd('Kecamatan B', 'kecamatan');
  const camatB = b.pos('administrator', 'Camat B', kecB);
  const kelY = b.unit('Kelurahan Y', kecB, { isPerangkatDaerah: true, tipePd: 'kelurahan' });
  const lurahY = b.pos('pengawas', 'Lurah Y', kelY, camatB);
  return { b, kadis, kabid, kaUpt, kaUpt2, pranata, camatA, camatB, lurahX, lurahY, kelX };
}

describe('KED-10 with nested Perangkat Daerah', () => {
  const legal = nested(); // Kepala UPT under the Kepala Dinas, UPT under a Bidang of its Dinas, Lurah under its Camat
  const acrossKecamatan = nested();
  acrossKecamatan.b.doc.positions[acrossKecamatan.lurahX] = { ...acrossKecamatan.b.doc.positions[acrossKecamatan.lurahX], superiorId: acrossKecamatan.camatB };
  const acrossKelurahan = nested(); // Lurah X under Lurah Y: two Kelurahan of different Kecamatan
  acrossKelurahan.b.doc.positions[acrossKelurahan.lurahX] = { ...acrossKelurahan.b.doc.positions[acrossKelurahan.lurahX], superiorId: acrossKelurahan.lurahY };
  const uptToKecamatan = nested(); // a JF of the UPT under a Camat: the UPT belongs to the Dinas, not to the Kecamatan
  uptToKecamatan.b.doc.positions[uptToKecamatan.pranata] = { ...uptToKecamatan.b.doc.positions[uptToKecamatan.pranata], superiorId: uptToKecamatan.camatA };
  const siblingUpts = nested(); // a JF of one UPT under the head of the other UPT of the same Dinas
  siblingUpts.b.doc.positions[siblingUpts.pranata] = { ...siblingUpts.b.doc.positions[siblingUpts.pranata], superiorId: siblingUpts.kaUpt2 };
  acrossProfiles(ked10, {
    valid: [legal.b.build(), siblingUpts.b.build()],
    invalid: [
      {
        doc: acrossKecamatan.b.build(),
        expect: [
          {
            subjects: [acrossKecamatan.lurahX, acrossKecamatan.camatB],
            message: expect.stringContaining('pada Kecamatan A (Kecamatan) ke «Camat B» (Administrator) pada Kecamatan B (Kecamatan)'),
          },
        ],
      },
      { doc: acrossKelurahan.b.build(), expect: [{ subjects: [acrossKelurahan.lurahX, acrossKelurahan.lurahY] }] },
      {
        doc: uptToKecamatan.b.build(),
        expect: [{ subjects: [uptToKecamatan.pranata, uptToKecamatan.camatA], message: expect.stringContaining('pada Dinas Kesehatan (Dinas)') }],
      },
    ],
  });
});

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
