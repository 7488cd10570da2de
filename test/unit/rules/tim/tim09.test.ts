import { describe, expect } from 'vitest';
import { tim09 } from '../../../../src/rules/tim';
import { acrossTim, bidangTeam, world } from './helpers';

describe('TIM-09', () => {
  const legal = world();
  const lt = bidangTeam(legal);
  legal.b.external(lt, 'anggota', 'Budi', 'Diskominfo Provinsi');

  const goneKetua = world();
  const g = bidangTeam(goneKetua);
  delete goneKetua.b.doc.positions[goneKetua.jfMuda];

  const fields = world();
  const f = bidangTeam(fields);
  fields.b.doc.teams[f].penanggungjawabId = 'pos_hilang';
  fields.b.doc.teams[f].ownerUnitId = 'unit_hilang';

  const nobody = world();
  const n = bidangTeam(nobody);
  nobody.b.doc.teams[n].members.push({ id: 'kosong', role: 'anggota', positionId: null, personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null });
  nobody.b.doc.teams[n].members.push({
    id: 'ganda',
    role: 'anggota',
    positionId: nobody.jfB,
    personId: null,
    external: { nama: 'Budi', instansi: 'Provinsi', jabatan: '', nip: '' },
    cara: 'penunjukan',
    mulai: null,
    selesai: null,
  });

  acrossTim(tim09, {
    valid: [legal.b.build()],
    invalid: [
      {
        name: 'the Ketua\'s position was deleted',
        doc: goneKetua.b.build(),
        expect: [{ subjects: [g], message: `Ketua Tim «Tim Aplikasi Layanan» menunjuk jabatan «${goneKetua.jfMuda}» yang tidak ada dalam struktur; pilih jabatan lain atau keluarkan dari tim.` }],
      },
      {
        name: 'Penanggungjawab and owner unit missing',
        doc: fields.b.build(),
        expect: [
          { subjects: [f], message: expect.stringContaining('Unit pemilik kinerja Tim «Tim Aplikasi Layanan» («unit_hilang») tidak ada') },
          { subjects: [f], message: expect.stringContaining('Penanggungjawab Tim «Tim Aplikasi Layanan» menunjuk jabatan «pos_hilang»') },
        ],
      },
      {
        name: 'a member naming nobody, and one naming both',
        doc: nobody.b.build(),
        expect: [
          { subjects: [n], message: expect.stringContaining('tidak menunjuk jabatan maupun orang dari instansi lain') },
          { subjects: [n], message: expect.stringContaining('menunjuk jabatan sekaligus orang dari instansi lain («Budi»)') },
        ],
      },
    ],
  });
});
