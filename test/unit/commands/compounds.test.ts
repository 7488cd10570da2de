// Compound commands: each builds one Executed from several commands, so execute → undo → redo is one step
// (roundTrip checks undo gives back the document exactly and redo the result), and a refusal changes nothing.
import { describe, expect, it } from 'vitest';
import { addAndPlace } from '../../../src/commands/addAndPlace';
import { addTeamMembers, newMembers } from '../../../src/commands/addTeamMembers';
import { executeAny } from '../../../src/commands/command';
import { insertTemplate } from '../../../src/commands/insertTemplate';
import { reattach } from '../../../src/commands/reattach';
import { emptyWorkspace, type Workspace } from '../../../src/model';
import { makeFixture, position, refusal, roundTrip } from './fixture';

const overlaps = (doc: Workspace, id: string) => {
  const p = doc.positions[id].placement!;
  return Object.values(doc.positions).some((o) => o.id !== id && o.placement && o.placement.x === p.x && o.placement.y === p.y);
};

describe('reattach (move, then place the free box)', () => {
  it('moves a structural position under another superior and gives its box a clear spot, one undo step', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, reattach, { ids: ['p_kasi_infra'], superiorId: 'p_kabid_ikp' });
    expect(done.doc.positions.p_kasi_infra.superiorId).toBe('p_kabid_ikp');
    expect(done.label).toBe('Pindahkan «Kepala Seksi Infrastruktur» ke bawah «Kepala Bidang Informasi dan Komunikasi Publik»');
  });

  it('several positions in one step', () => {
    const doc = makeFixture();
    const done = roundTrip(doc, reattach, { ids: ['p_pranata_pertama', 'p_teknisi'], superiorId: 'p_kabid_ikp' });
    expect(done.doc.positions.p_pranata_pertama.superiorId).toBe('p_kabid_ikp');
    expect(done.doc.positions.p_teknisi.superiorId).toBe('p_kabid_ikp');
    expect(done.label).toBe('Pindahkan 2 jabatan ke bawah «Kepala Bidang Informasi dan Komunikasi Publik»');
  });

  it('refuses a move under its own subordinate (a cycle)', () => {
    expect(refusal(() => executeAny(makeFixture(), reattach, { ids: ['p_kabid_aptika'], superiorId: 'p_kasi_infra' }))).not.toBe('');
  });
});

describe('addAndPlace (palette drop)', () => {
  it('a new Kepala Seksi and its Seksi under a Kepala Bidang, placed clear of the others, one undo step', () => {
    const doc = makeFixture();
    const unit = { id: 'u_baru', nama: 'Seksi Baru', parentId: 'u_ikp', isPerangkatDaerah: false, tipePd: null, pengecualian: false };
    const done = roundTrip(doc, addAndPlace, { unit, position: position('p_baru', 'Kepala Seksi Baru', 'pengawas', 'u_baru', 'p_kabid_ikp') });
    expect(done.doc.positions.p_baru.placement).not.toBeNull();
    expect(overlaps(done.doc, 'p_baru')).toBe(false);
    expect(done.doc.units.u_baru.parentId).toBe('u_ikp');
  });

  it('refuses a position whose unit does not exist', () => {
    expect(refusal(() => executeAny(makeFixture(), addAndPlace, { position: position('p_z', 'Pelaksana', 'pelaksana', 'u_hilang', 'p_kasi_media') }))).not.toBe('');
  });
});

describe('addTeamMembers', () => {
  it('adds the positions not yet in the team as Anggota, one undo step', () => {
    const doc = makeFixture();
    expect(newMembers(doc, 't_sip', ['p_teknisi', 'p_pranata_muda', 'p_teknisi', 'p_kasi_infra'])).toEqual(['p_teknisi', 'p_kasi_infra']);
    const done = roundTrip(doc, addTeamMembers, { teamId: 't_sip', positionIds: ['p_teknisi', 'p_kasi_infra'] });
    const added = done.doc.teams.t_sip.members.filter((m) => m.positionId === 'p_teknisi' || m.positionId === 'p_kasi_infra');
    expect(added.map((m) => m.role)).toEqual(['anggota', 'anggota']);
    expect(done.label).toBe('Tambah 2 anggota Tim «Tim Sistem Informasi Pelayanan»');
  });

  it('refuses when every position is already a member, or the team is gone', () => {
    const doc = makeFixture();
    expect(refusal(() => executeAny(doc, addTeamMembers, { teamId: 't_sip', positionIds: ['p_pranata_muda'] }))).toMatch(/sudah menjadi anggota/);
    expect(refusal(() => executeAny(doc, addTeamMembers, { teamId: 't_hilang', positionIds: ['p_teknisi'] }))).toMatch(/tidak ada lagi/);
  });
});

describe('insertTemplate', () => {
  const fragment = (): Workspace => ({
    ...emptyWorkspace('Pola'),
    units: { u_b: { id: 'u_b', nama: 'Bidang Pola', parentId: null, isPerangkatDaerah: true, tipePd: 'dinas', pengecualian: false } },
    positions: {
      p_b: position('p_b', 'Kepala Bidang Pola', 'administrator', 'u_b', null, { kode: '1' }),
      p_s: position('p_s', 'Pelaksana Pola', 'pelaksana', 'u_b', 'p_b', { kode: '1.1' }),
    },
  });

  it('pastes the fragment under an official as one undo step, its top unit inside the official’s unit', () => {
    const doc = makeFixture();
    let n = 0;
    const done = roundTrip(doc, insertTemplate, { fragment: fragment(), title: 'Pola', superiorId: 'p_kadis', makeId: (prefix) => `${prefix}_${++n}` });
    const added = Object.values(done.doc.positions).filter((p) => !doc.positions[p.id]);
    expect(added.map((p) => p.nama).sort()).toEqual(['Kepala Bidang Pola', 'Pelaksana Pola']);
    const head = added.find((p) => p.nama === 'Kepala Bidang Pola')!;
    expect(head.superiorId).toBe('p_kadis');
    expect(done.doc.units[head.unitId].isPerangkatDaerah).toBe(false);
    expect(done.label).toBe('Sisipkan templat «Pola» di bawah «Kepala Dinas»');
  });

  it('refuses under a position that leads no unit', () => {
    expect(refusal(() => executeAny(makeFixture(), insertTemplate, { fragment: fragment(), title: 'Pola', superiorId: 'p_teknisi' }))).toMatch(/tidak dapat disisipkan/);
  });
});
