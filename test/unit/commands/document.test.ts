import { describe, expect, it } from 'vitest';
import { execute, setProfile, setSeverityOverride, updateDocumentInfo } from '../../../src/commands';
import type { ProfileId, SeveritySetting } from '../../../src/model';
import { makeFixture, refusal, roundTrip } from './fixture';

describe('document.profile', () => {
  it('switches the profile, undo and redo', () => {
    const done = roundTrip(makeFixture(), setProfile, { profileId: 'banjar-39-2024' });
    expect(done.doc.profileId).toBe('banjar-39-2024');
    expect(done.label).toBe('Ganti profil aturan ke «Perbup Banjar 39/2024»');
  });

  it('refuses an unknown profile', () => {
    expect(refusal(() => execute(makeFixture(), setProfile, { profileId: 'jakarta' as ProfileId }))).toMatch(/jakarta/);
  });
});

describe('document.severity', () => {
  it('sets an override, then removes it with null; each undoable', () => {
    const doc = makeFixture();
    const set = roundTrip(doc, setSeverityOverride, { ruleId: 'KED-05', severity: 'error' });
    expect(set.doc.severityOverrides).toStrictEqual({ 'KED-05': 'error' });
    expect(set.label).toBe('Ubah tingkat aturan KED-05 menjadi «Kesalahan»');
    const removed = roundTrip(set.doc, setSeverityOverride, { ruleId: 'KED-05', severity: null });
    expect(removed.doc.severityOverrides).toStrictEqual({});
    expect(removed.label).toBe('Kembalikan tingkat aturan KED-05 ke bawaan profil');
  });

  it('refuses an unknown severity and an empty rule id', () => {
    const doc = makeFixture();
    expect(
      refusal(() => execute(doc, setSeverityOverride, { ruleId: 'KED-05', severity: 'fatal' as SeveritySetting })),
    ).toMatch(/fatal/);
    expect(refusal(() => execute(doc, setSeverityOverride, { ruleId: ' ', severity: 'off' }))).toMatch(/kosong/);
  });
});

describe('document.info', () => {
  it('changes the title and the instansi, undo and redo', () => {
    const doc = makeFixture();
    const title = roundTrip(doc, updateDocumentInfo, { title: 'Struktur 2025' });
    expect(title.doc.title).toBe('Struktur 2025');
    expect(title.label).toBe('Ubah judul dokumen');
    const inst = roundTrip(doc, updateDocumentInfo, { instansi: { nama: 'Pemerintah Kabupaten Banjar', jenis: 'kabupaten' } });
    expect(inst.doc.instansi).toStrictEqual({ nama: 'Pemerintah Kabupaten Banjar', jenis: 'kabupaten' });
    expect(inst.label).toBe('Ubah nama instansi dan jenis instansi');
    const onlyJenis = roundTrip(doc, updateDocumentInfo, { instansi: { jenis: null } });
    expect(onlyJenis.doc.instansi).toStrictEqual({ nama: 'Pemerintah Kota Contoh', jenis: null });
  });

  it('refuses an unknown jenis', () => {
    expect(
      refusal(() => execute(makeFixture(), updateDocumentInfo, { instansi: { jenis: 'negara' as 'kota' } })),
    ).toMatch(/negara/);
  });
});
