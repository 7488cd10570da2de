import { describe, expect } from 'vitest';
import { tim10 } from '../../../../src/rules/tim';
import { acrossTim, bidangTeam, world } from './helpers';

describe('TIM-10', () => {
  const legal = world();
  const lt = bidangTeam(legal);
  legal.b.member(lt, 'anggota', legal.jfB, { cara: 'pengajuan-sukarela' }); // across units, same Pemda
  legal.b.member(lt, 'anggota', legal.jfK, { cara: 'pengajuan-sukarela' }); // across PDs, same Pemda
  legal.b.external(lt, 'anggota', 'Budi', 'Diskominfo Provinsi'); // penunjukan

  const bad = world();
  const t = bidangTeam(bad);
  bad.b.external(t, 'anggota', 'Budi Santoso', 'Diskominfo Provinsi', { cara: 'pengajuan-sukarela' });

  acrossTim(tim10, {
    valid: [legal.b.build()],
    invalid: [
      {
        doc: bad.b.build(),
        expect: [
          {
            subjects: [t],
            message:
              '«Budi Santoso» (Diskominfo Provinsi) dari instansi lain dicatat bergabung dengan Tim «Tim Aplikasi Layanan» ' +
              'melalui pengajuan sukarela; pengajuan sukarela hanya berlaku di dalam instansi sendiri. Gunakan penunjukan.',
          },
        ],
      },
    ],
  });
  // a person of another instansi is "from outside" whatever the team's owner
  const noOwner = world();
  const no = noOwner.b.team('Tim Tanpa Pemilik', null);
  noOwner.b.member(no, 'ketua', noOwner.jfMuda);
  noOwner.b.external(no, 'anggota', 'Budi', 'Provinsi', { cara: 'pengajuan-sukarela' });
  acrossTim(tim10, { valid: [], invalid: [{ doc: noOwner.b.build(), expect: [{ subjects: [no], message: expect.stringContaining('«Budi» (Provinsi)') }] }] }, ['banjar-39-2024']);
});
