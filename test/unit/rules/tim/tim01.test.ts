import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/rules';
import { tim01 } from '../../../../src/rules/tim';
import { acrossTim, bidangTeam, world } from './helpers';

function noKetua() {
  const w = world();
  const t = w.b.team('Tim Tanpa Ketua', w.d.bidangA);
  w.b.member(t, 'anggota', w.jfMuda);
  return { doc: w.b.build(), t };
}

function twoLeaders() {
  const w = world();
  const t = bidangTeam(w);
  w.b.member(t, 'koordinator', w.jfB);
  return { doc: w.b.build(), t, w };
}

function onlyKetua() {
  const w = world();
  const t = w.b.team('Tim Sendiri', w.d.bidangA);
  w.b.member(t, 'ketua', w.jfMuda);
  return { doc: w.b.build(), t };
}

function empty() {
  const w = world();
  const t = w.b.team('Tim Kosong', w.d.bidangA);
  return { doc: w.b.build(), t };
}

describe('TIM-01', () => {
  const legal = world();
  bidangTeam(legal);
  const a = noKetua();
  const b = twoLeaders();
  const c = onlyKetua();
  const e = empty();
  acrossTim(tim01, {
    valid: [legal.b.build(), world().b.build()],
    invalid: [
      {
        name: 'no Ketua',
        doc: a.doc,
        expect: [{ subjects: [a.t], message: expect.stringContaining('«Tim Tanpa Ketua» belum memiliki Ketua') }],
      },
      {
        name: 'a Ketua and a Koordinator',
        doc: b.doc,
        expect: [
          {
            subjects: [b.t, b.w.jfMuda, b.w.jfB],
            message: expect.stringContaining('memiliki 2 Ketua/Koordinator: «Pranata Komputer Ahli Muda» (JF Ahli Muda), «Statistisi Ahli Pertama»'),
          },
        ],
      },
      { name: 'no Anggota', doc: c.doc, expect: [{ subjects: [c.t], message: expect.stringContaining('belum memiliki Anggota') }] },
      { name: 'empty team', doc: e.doc, expect: [{ subjects: [e.t] }, { subjects: [e.t] }] },
    ],
  });

  it('counts a member whose position is gone (TIM-09 reports the reference)', () => {
    const w = world();
    const t = bidangTeam(w);
    delete w.b.doc.positions[w.jfMuda];
    expect(lint(w.b.build(), { rules: [tim01] })).toEqual([]);
    expect(w.b.doc.teams[t].members).toHaveLength(3);
  });
});
