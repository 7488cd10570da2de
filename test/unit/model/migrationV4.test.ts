// Version 3 → 4 (DOMAIN.md §8.3): the holder of a slot becomes its one pemangku, kelas moves to the jabatan, K is 1,
// team members name the person; nothing is merged. Checked on the committed v3 fixture and on hand-made records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bezettingOf, CURRENT_VERSION, restore } from '../../../src/model';
import { MIGRATIONS } from '../../../src/model/migrations';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url), 'utf8'));

describe('migration 3 → 4', () => {
  it('opens the v3 Kota Contoh: every holder is the one pemangku, kelas on the jabatan, K 1 per slot', () => {
    const raw = fixture('v3-kota-contoh.json');
    const { doc } = restore(raw);
    expect(doc.version).toBe(CURRENT_VERSION);
    const before = raw.positions as Record<string, { holder: Record<string, unknown> | null }>;
    expect(Object.keys(doc.positions)).toEqual(Object.keys(before));
    let withHolder = 0;
    for (const [id, old] of Object.entries(before)) {
      const p = doc.positions[id];
      expect(p.kebutuhan).toBe(1);
      expect(p.bezetting).toBeNull();
      if (old.holder && old.holder.nama) {
        withHolder++;
        expect(p.pemangku).toHaveLength(1);
        const { kelasJabatan, ...person } = old.holder;
        expect(p.pemangku[0]).toMatchObject(person);
        expect(p.kelasJabatan).toBe(kelasJabatan ?? null);
        expect(bezettingOf(p)).toBe(1);
      } else {
        expect(p.pemangku).toEqual([]);
      }
      expect('holder' in p).toBe(false);
    }
    expect(withHolder).toBeGreaterThan(40);
    // team members on a position with a pemangku now name that person
    for (const t of Object.values(doc.teams)) {
      for (const m of t.members) {
        if (m.positionId === null) continue;
        const p = doc.positions[m.positionId];
        expect(m.personId).toBe(p.pemangku[0]?.id ?? null);
      }
    }
  });

  it('keeps unknown holder fields on the pemangku, gives no pemangku for an empty holder, merges nothing', () => {
    const v3 = {
      version: 3,
      positions: {
        a: { id: 'a', nama: 'Analis', holder: { nama: 'Sari', nip: '1', kelasJabatan: 9, warnaFavorit: 'biru' } },
        b: { id: 'b', nama: 'Analis', holder: { nama: '', nip: '', kelasJabatan: null } },
        c: { id: 'c', nama: 'Analis', holder: null },
      },
      teams: { t: { id: 't', members: [{ id: 'm', positionId: 'a' }, { id: 'n', positionId: 'c' }] } },
    };
    const v4 = MIGRATIONS[3](v3) as any;
    expect(v4.version).toBe(4);
    expect(Object.keys(v4.positions)).toEqual(['a', 'b', 'c']);
    expect(v4.positions.a).toMatchObject({ kelasJabatan: 9, kebutuhan: 1, bezetting: null });
    expect(v4.positions.a.pemangku).toEqual([{ id: 'a-pemangku-1', nama: 'Sari', nip: '1', warnaFavorit: 'biru' }]);
    expect(v4.positions.b.pemangku).toEqual([]);
    expect(v4.positions.c.pemangku).toEqual([]);
    expect(v4.teams.t.members.map((m: any) => m.personId)).toEqual(['a-pemangku-1', null]);
  });

  it('opens every older fixture (v1, v2) through the whole chain', () => {
    for (const name of ['v1-dinas-kecil.json', 'v2-dinas-contoh.json', 'v2-tim-kerja-banjar.json']) {
      const { doc } = restore(fixture(name));
      expect(doc.version).toBe(CURRENT_VERSION);
      for (const p of Object.values(doc.positions)) expect(p.kebutuhan).toBe(1);
    }
    const v2 = restore(fixture('v2-dinas-contoh.json')).doc;
    expect(Object.values(v2.positions).filter((p) => p.pemangku.length === 1).length).toBeGreaterThan(10);
  });
});
