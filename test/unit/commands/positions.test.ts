import { describe, expect, it } from 'vitest';
import {
  addPosition,
  applyLayout,
  execute,
  moveBoxes,
  movePosition,
  updatePosition,
} from '../../../src/commands';
import { structureIndex } from '../../../src/model';
import { perangkatDaerahOfUnit } from '../../../src/commands/guards';
import { makeFixture, position, refusal, roundTrip } from './fixture';

describe('position.add', () => {
  it('adds a position under an existing superior, undo and redo', () => {
    const doc = makeFixture();
    const p = position('p_new', 'Kepala Seksi Persandian', 'pengawas', 'u_aptika', 'p_kabid_aptika', {
      placement: { x: 200, y: 400 },
    });
    const done = roundTrip(doc, addPosition, { position: p });
    expect(done.doc.positions.p_new).toStrictEqual(p);
    expect(done.label).toBe('Tambah jabatan «Kepala Seksi Persandian»');
    expect(Object.isFrozen(p)).toBe(false); // the caller's object is copied, not frozen into the document
  });

  it('keeps the kind invariants: jenjang only for JF (default Ahli Pertama), mandiri only for JF', () => {
    const doc = makeFixture();
    const odd = position('p_x', 'Pengelola Data', 'pelaksana', 'u_aptika', 'p_kabid_aptika', {
      jenjang: 'ahli-muda',
      memimpinUnitMandiri: true,
    });
    expect(execute(doc, addPosition, { position: odd }).doc.positions.p_x).toMatchObject({
      jenjang: null,
      memimpinUnitMandiri: false,
    });
    const jf = position('p_y', 'Pranata Komputer', 'fungsional', 'u_aptika', 'p_kabid_aptika', { jenjang: null });
    expect(execute(doc, addPosition, { position: jf }).doc.positions.p_y.jenjang).toBe('ahli-pertama');
  });

  it('refuses an unknown unit, an unknown superior, a used id, a cross-PD superior and an invalid position', () => {
    const doc = makeFixture();
    const base = position('p_new', 'Kepala Seksi', 'pengawas', 'u_aptika', null);
    expect(refusal(() => execute(doc, addPosition, { position: { ...base, unitId: 'u_nope' } }))).toMatch(
      /Unit .*u_nope.* tidak ditemukan/,
    );
    expect(refusal(() => execute(doc, addPosition, { position: { ...base, superiorId: 'p_nope' } }))).toMatch(
      /Atasan .*p_nope.* tidak ditemukan/,
    );
    expect(refusal(() => execute(doc, addPosition, { position: { ...base, id: 'p_kadis' } }))).toMatch(
      /sudah dipakai/,
    );
    expect(refusal(() => execute(doc, addPosition, { position: { ...base, superiorId: 'p_kaban' } }))).toMatch(
      /KED-10/,
    );
    expect(
      refusal(() => execute(doc, addPosition, { position: { ...base, placement: { x: Number.NaN, y: 0 } } })),
    ).toMatch(/tidak sah/);
  });
});

describe('position.update', () => {
  it('renames, undo and redo, with a label that names the change', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, updatePosition, { id: 'p_kasi_infra', changes: { nama: 'Kepala Seksi Jaringan' } });
    expect(done.doc.positions.p_kasi_infra.nama).toBe('Kepala Seksi Jaringan');
    expect(done.label).toBe('Ubah nama jabatan «Kepala Seksi Infrastruktur» menjadi «Kepala Seksi Jaringan»');
    expect(done.patches).toHaveLength(1);
  });

  it.each([
    ['kode', { kode: '9.9' }, 'Ubah kode jabatan «Kepala Seksi Infrastruktur»'],
    ['kind', { kind: 'administrator' as const }, 'Ubah jenis jabatan «Kepala Seksi Infrastruktur»'],
    ['unitId', { unitId: 'u_aptika' }, 'Ubah unit jabatan «Kepala Seksi Infrastruktur»'],
    ['substansi', { substansi: 'jaringan' }, 'Ubah substansi jabatan «Kepala Seksi Infrastruktur»'],
    ['several', { nama: 'X', kode: '9' }, 'Ubah jabatan «Kepala Seksi Infrastruktur»'],
  ])('labels a change of %s', (_field, changes, label) => {
    const done = roundTrip(makeFixture(), updatePosition, { id: 'p_kasi_infra', changes });
    expect(done.label).toBe(label);
  });

  it('sets the pemangku list and can clear it', () => {
    const doc = makeFixture();
    const holder = {
      id: 'org_andi',
      nama: 'Andi',
      nip: '1',
      pendidikan: 'S2' as const,
      golongan: 'III/d' as const,
      predikatKinerja: 'sangat-baik' as const,
      pengalamanTahun: 3,
    };
    const set = roundTrip(doc, updatePosition, { id: 'p_kasi_infra', changes: { pemangku: [holder], kelasJabatan: 9, kebutuhan: 2 } });
    expect(set.doc.positions.p_kasi_infra.pemangku).toStrictEqual([holder]);
    expect(set.doc.positions.p_kasi_infra).toMatchObject({ kelasJabatan: 9, kebutuhan: 2 });
    const cleared = roundTrip(set.doc, updatePosition, { id: 'p_kasi_infra', changes: { pemangku: [] } });
    expect(cleared.doc.positions.p_kasi_infra.pemangku).toEqual([]);
  });

  it('clears jenjang and mandiri when a JF becomes another kind', () => {
    const doc = makeFixture();
    const withMandiri = execute(doc, updatePosition, { id: 'p_pranata_muda', changes: { memimpinUnitMandiri: true } }).doc;
    const done = roundTrip(withMandiri, updatePosition, { id: 'p_pranata_muda', changes: { kind: 'pelaksana' } });
    expect(done.doc.positions.p_pranata_muda).toMatchObject({ kind: 'pelaksana', jenjang: null, memimpinUnitMandiri: false });
  });

  it('gives a new JF the jenjang asked for, or Ahli Pertama', () => {
    const doc = makeFixture();
    expect(execute(doc, updatePosition, { id: 'p_teknisi', changes: { kind: 'fungsional' } }).doc.positions.p_teknisi.jenjang).toBe(
      'ahli-pertama',
    );
    const given = execute(doc, updatePosition, { id: 'p_teknisi', changes: { kind: 'fungsional', jenjang: 'terampil' } });
    expect(given.doc.positions.p_teknisi.jenjang).toBe('terampil');
  });

  it('refuses contradictions, unknown ids, an unknown unit and invalid values', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, updatePosition, { id: 'p_teknisi', changes: { jenjang: 'mahir' } }))).toMatch(
      /Jenjang hanya berlaku untuk Pejabat Fungsional/,
    );
    expect(
      refusal(() => execute(doc, updatePosition, { id: 'p_teknisi', changes: { memimpinUnitMandiri: true } })),
    ).toMatch(/unit kerja mandiri/);
    expect(refusal(() => execute(doc, updatePosition, { id: 'p_nope', changes: { nama: 'x' } }))).toMatch(
      /tidak ditemukan/,
    );
    expect(refusal(() => execute(doc, updatePosition, { id: 'p_teknisi', changes: { unitId: 'u_nope' } }))).toMatch(
      /u_nope/,
    );
    expect(refusal(() => execute(doc, updatePosition, { id: 'p_teknisi', changes: { kelasJabatan: 40 } }))).toMatch(/tidak sah/);
    const badHolder = { ...makeHolder(), pengalamanTahun: 99 };
    expect(refusal(() => execute(doc, updatePosition, { id: 'p_teknisi', changes: { pemangku: [badHolder] } }))).toMatch(
      /tidak sah/,
    );
    expect(refusal(() => execute(doc, updatePosition, { id: 'p_teknisi', changes: { kebutuhan: -1 } }))).toMatch(/tidak sah/);
  });

  it('refuses a new superior that closes a cycle', () => {
    const doc = makeFixture();
    expect(
      refusal(() => execute(doc, updatePosition, { id: 'p_kabid_aptika', changes: { superiorId: 'p_kasi_infra' } })),
    ).toMatch(/KED-04/);
  });

  it('records nothing when nothing changes', () => {
    const doc = makeFixture();
    const same = execute(doc, updatePosition, { id: 'p_kasi_infra', changes: { nama: 'Kepala Seksi Infrastruktur' } });
    expect(same.patches).toHaveLength(0);
    expect(same.doc).toBe(doc);
  });
});

function makeHolder() {
  return {
    id: 'org_andi',
    nama: 'Andi',
    nip: '',
    pendidikan: null,
    golongan: null,
    predikatKinerja: null,
    pengalamanTahun: null,
  };
}

describe('position.move', () => {
  it('re-attaches a position under another superior, undo and redo', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, movePosition, { id: 'p_teknisi', superiorId: 'p_kabid_aptika' });
    expect(done.doc.positions.p_teknisi.superiorId).toBe('p_kabid_aptika');
    expect(done.label).toBe('Pindahkan «Teknisi Jaringan» ke bawah «Kepala Bidang Aplikasi Informatika»');
  });

  it('detaches (superior null) and sets the placement in the same step', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, movePosition, { id: 'p_kasi_media', superiorId: null, placement: { x: 9, y: 8 } });
    expect(done.doc.positions.p_kasi_media).toMatchObject({ superiorId: null, placement: { x: 9, y: 8 } });
    expect(done.label).toBe('Lepaskan «Kepala Seksi Media» dari atasannya');
  });

  it('allows illegal-but-reviewable structures (an Administrator under a Pengawas)', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, movePosition, { id: 'p_kabid_ikp', superiorId: 'p_kasi_infra' });
    expect(done.doc.positions.p_kabid_ikp.superiorId).toBe('p_kasi_infra');
  });

  it('refuses a cycle (KED-04), itself, a superior in another Perangkat Daerah (KED-10) and unknown ids', () => {
    const doc = makeFixture();
    expect(refusal(() => execute(doc, movePosition, { id: 'p_kadis', superiorId: 'p_pranata_pertama' }))).toMatch(
      /lingkaran \(KED-04\)/,
    );
    expect(refusal(() => execute(doc, movePosition, { id: 'p_kadis', superiorId: 'p_kadis' }))).toMatch(/KED-04/);
    const crossPd = refusal(() => execute(doc, movePosition, { id: 'p_teknisi', superiorId: 'p_kabid_anggaran' }));
    expect(crossPd).toMatch(/KED-10/);
    expect(crossPd).toMatch(/Garis kedudukan/);
    expect(refusal(() => execute(doc, movePosition, { id: 'p_kabid_ikp', superiorId: 'p_kaban' }))).toMatch(
      /Garis komando .*KED-10/,
    );
    expect(refusal(() => execute(doc, movePosition, { id: 'p_nope', superiorId: null }))).toMatch(/p_nope/);
    expect(refusal(() => execute(doc, movePosition, { id: 'p_teknisi', superiorId: 'p_nope' }))).toMatch(/p_nope/);
  });

  it('decides "same Perangkat Daerah" exactly like structureIndex', () => {
    const doc = makeFixture();
    const index = structureIndex(doc);
    for (const u of Object.values(doc.units)) {
      expect(perangkatDaerahOfUnit((id) => doc.units[id], u.id)?.id).toBe(index.enclosingPerangkatDaerahOf.get(u.id)?.id);
    }
  });

  it('does nothing when the superior is already the one asked for', () => {
    const doc = makeFixture();
    expect(execute(doc, movePosition, { id: 'p_teknisi', superiorId: 'p_kasi_infra' }).patches).toHaveLength(0);
  });
});

describe('position.place (moveBoxes)', () => {
  it('moves several boxes as one undo step', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, moveBoxes, {
      moves: [
        { id: 'p_kabid_aptika', placement: { x: 10, y: 220 } },
        { id: 'p_kasi_infra', placement: { x: 10, y: 420 } },
      ],
    });
    expect(done.doc.positions.p_kabid_aptika.placement).toStrictEqual({ x: 10, y: 220 });
    expect(done.doc.positions.p_kasi_infra.placement).toStrictEqual({ x: 10, y: 420 });
    expect(done.label).toBe('Geser 2 kotak');
  });

  it('refuses an unknown id or a non-finite point without moving anything', () => {
    const doc = makeFixture();
    expect(
      refusal(() =>
        execute(doc, moveBoxes, {
          moves: [
            { id: 'p_kadis', placement: { x: 1, y: 1 } },
            { id: 'p_nope', placement: { x: 1, y: 1 } },
          ],
        }),
      ),
    ).toMatch(/p_nope/);
    expect(
      refusal(() => execute(doc, moveBoxes, { moves: [{ id: 'p_kadis', placement: { x: Infinity, y: 1 } }] })),
    ).toMatch(/tidak sah/);
  });
});

describe('layout.apply', () => {
  it('sets every listed placement in one step and skips positions deleted meanwhile', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, applyLayout, {
      placements: { p_kadis: { x: 5, y: 5 }, p_kaban: { x: 900, y: 5 }, p_gone: { x: 1, y: 1 } },
    });
    expect(done.doc.positions.p_kadis.placement).toStrictEqual({ x: 5, y: 5 });
    expect(done.doc.positions.p_kaban.placement).toStrictEqual({ x: 900, y: 5 });
    expect(done.doc.positions.p_gone).toBeUndefined();
    expect(done.label).toBe('Rapikan tata letak');
  });

  it('refuses a NaN placement', () => {
    expect(refusal(() => execute(makeFixture(), applyLayout, { placements: { p_kadis: { x: NaN, y: 0 } } }))).toMatch(
      /tidak sah/,
    );
  });
});

describe('cross-PD refusals with nested Perangkat Daerah', () => {
  /** Dinas > UPT (marked PD); Kecamatan A > Kelurahan X (marked PD); Kecamatan B */
  function nestedDoc() {
    const doc = structuredClone(makeFixture());
    const unit = (id: string, nama: string, parentId: string | null, tipePd: 'upt' | 'kelurahan' | 'kecamatan') => {
      doc.units[id] = { id, nama, parentId, isPerangkatDaerah: true, tipePd, pengecualian: false };
    };
    const kadisUnit = doc.positions.p_kadis.unitId;
    unit('u_upt', 'UPT Data Center', kadisUnit, 'upt');
    unit('u_kec_a', 'Kecamatan A', null, 'kecamatan');
    unit('u_kel_x', 'Kelurahan X', 'u_kec_a', 'kelurahan');
    unit('u_kec_b', 'Kecamatan B', null, 'kecamatan');
    doc.positions.p_ka_upt = position('p_ka_upt', 'Kepala UPT Data Center', 'pengawas', 'u_upt', null);
    doc.positions.p_camat_a = position('p_camat_a', 'Camat A', 'administrator', 'u_kec_a', null);
    doc.positions.p_lurah_x = position('p_lurah_x', 'Lurah X', 'pengawas', 'u_kel_x', null);
    doc.positions.p_camat_b = position('p_camat_b', 'Camat B', 'administrator', 'u_kec_b', null);
    return doc;
  }

  it('lets the head of a UPT marked as PD go under its Kepala Dinas, and a Lurah under its Camat', () => {
    const doc = nestedDoc();
    expect(roundTrip(doc, movePosition, { id: 'p_ka_upt', superiorId: 'p_kadis' }).doc.positions.p_ka_upt.superiorId).toBe('p_kadis');
    expect(roundTrip(doc, movePosition, { id: 'p_lurah_x', superiorId: 'p_camat_a' }).doc.positions.p_lurah_x.superiorId).toBe('p_camat_a');
    const jf = position('p_jf_upt', 'Pranata Komputer', 'fungsional', 'u_upt', 'p_kabid_aptika', { jenjang: 'ahli-pertama' });
    expect(execute(doc, addPosition, { position: jf }).doc.positions.p_jf_upt.superiorId).toBe('p_kabid_aptika');
  });

  it('refuses a Lurah under the Camat of another Kecamatan, and the head of the UPT under a Camat (KED-10)', () => {
    const doc = nestedDoc();
    expect(refusal(() => execute(doc, movePosition, { id: 'p_lurah_x', superiorId: 'p_camat_b' }))).toMatch(/\(Kecamatan A\).*\(Kecamatan B\).*KED-10/);
    expect(refusal(() => execute(doc, movePosition, { id: 'p_ka_upt', superiorId: 'p_camat_a' }))).toMatch(/KED-10/);
  });
});
