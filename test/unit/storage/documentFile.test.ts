import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_FILE_BYTES,
  fileNameFor,
  fileTooLargeMessage,
  readDocumentFile,
  serializeDocument,
} from '../../../src/io/file/documentFile';
import { DocumentStore } from '../../../src/io/storage/documentStore';
import { CURRENT_VERSION } from '../../../src/model';
import { sampleDoc } from './fakes';
import { MemoryStorageArea } from '../../../src/editor/storage';

function refusal(text: string, name?: string) {
  const r = readDocumentFile(text, name);
  if (r.ok) throw new Error('expected a refusal');
  return r;
}

describe('serializeDocument / readDocumentFile', () => {
  it('round-trips a document, one field per line', () => {
    const doc = sampleDoc('Dinas Pendidikan', 4);
    const text = serializeDocument(doc);
    expect(text.split('\n').length).toBeGreaterThan(50);
    expect(text.startsWith(`{\n "format": "petakerja",\n "version": ${CURRENT_VERSION},`)).toBe(true);
    const back = readDocumentFile(text, 'a.json');
    expect(back).toEqual({ ok: true, doc, notices: [] });
  });

  it('accepts a byte-order mark and compact JSON', () => {
    const doc = sampleDoc();
    const r = readDocumentFile('\ufeff' + JSON.stringify(doc));
    expect(r.ok && r.doc).toEqual(doc);
  });

  it('opens an older version with a notice', () => {
    const v1 = { format: 'petakerja', version: 1, id: 'doc_v1', nama: 'Lama', units: [], positions: [] };
    const r = readDocumentFile(JSON.stringify(v1), 'lama.json');
    expect(r.ok && r.notices).toEqual([`Dokumen versi 1 diperbarui ke versi ${CURRENT_VERSION}.`]);
  });

  it('refuses text that is not JSON, naming the file', () => {
    const r = refusal('Nama,Jabatan\nBudi,Kepala', 'peta.json');
    expect(r.message).toMatch(/^Berkas «peta\.json» tidak dapat dibuka: berkas ini bukan JSON yang sah/);
    expect(r.problems).toEqual([]);
  });

  it('a PNG renamed .json is named as a picture, in Indonesian; the parser\'s English only as technical detail', () => {
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = refusal(png, 'foto.json');
    expect(r.message).toBe('Berkas «foto.json» tidak dapat dibuka: berkas ini berisi gambar PNG, bukan dokumen PetaKerja (JSON), jadi tidak dapat dibuka.');
    expect(r.message).not.toMatch(/Unexpected|token|valid JSON/);
    expect(!r.ok && r.technical).toMatch(/JSON/);
    const broken = refusal('{"format": "petakerja", ', 'potong.json');
    expect(broken.message).not.toMatch(/Unexpected|position|JSON at/);
  });

  it('refuses JSON that is not a PetaKerja document', () => {
    expect(refusal('{"nodes":[]}', 'diagram.json').message).toMatch(
      /^Berkas «diagram\.json» tidak dapat dibuka: berkas ini bukan dokumen PetaKerja: penanda "format": "petakerja" tidak ada/,
    );
    expect(refusal('[1,2,3]').message).toMatch(/^Berkas ini tidak dapat dibuka: berkas ini tidak berisi dokumen PetaKerja/);
  });

  it('refuses a document of a newer version and says to update', () => {
    const r = refusal(JSON.stringify({ ...sampleDoc(), version: CURRENT_VERSION + 1 }), 'baru.petakerja.json');
    expect(r.message).toMatch(/^Berkas «baru\.petakerja\.json» tidak dapat dibuka: dokumen ini dibuat dengan PetaKerja yang lebih baru/);
    expect(r.message).toMatch(/Perbarui aplikasi/);
  });

  it('refuses a document failing the schema, listing the problems in Indonesian', () => {
    const doc = sampleDoc();
    const bad = { ...doc, positions: { ...doc.positions, p1: { ...doc.positions.p1, kind: 'menteri' } } };
    const r = refusal(JSON.stringify(bad), 'rusak.json');
    expect(r.message).toBe('Berkas «rusak.json» tidak dapat dibuka: isi dokumen tidak sesuai format PetaKerja:');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^positions › p1 «Analis Kebijakan 1» › kind: /);
  });

  it('refuses an empty file and a file over the size limit', () => {
    expect(refusal('  \n', 'kosong.json').message).toBe('Berkas «kosong.json» tidak dapat dibuka: berkasnya kosong.');
    const big = ' '.repeat(MAX_DOCUMENT_FILE_BYTES + 1);
    expect(refusal(big, 'besar.json').message).toMatch(/^Berkas «besar\.json» tidak dapat dibuka: ukurannya 25 MB, melebihi batas 25 MB/);
    expect(fileTooLargeMessage(MAX_DOCUMENT_FILE_BYTES)).toBeNull();
    expect(fileTooLargeMessage(40 * 1024 * 1024, 'x.json')).toMatch(/ukurannya 40 MB/);
  });

  it('a refused file touches nothing: the stored documents stay as they were', () => {
    const storage = new MemoryStorageArea();
    const store = new DocumentStore(storage);
    const doc = sampleDoc();
    store.create(doc);
    const before = storage.snapshot();
    const openFile = (text: string) => {
      const r = readDocumentFile(text, 'x.json');
      if (r.ok) store.create(r.doc);
      return r.ok;
    };
    const bad = [
      'xx',
      '{}',
      JSON.stringify({ ...doc, version: 99 }),
      JSON.stringify({ ...doc, units: { u1: { id: 'u1' } } }),
    ];
    for (const text of bad) expect(openFile(text)).toBe(false);
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('fileNameFor', () => {
  it.each([
    ['Peta Jabatan Dinas Kesehatan 2025', 'peta-jabatan-dinas-kesehatan-2025.petakerja.json'],
    ['  Struktur/Organisasi: BAPPEDA (draf) ', 'struktur-organisasi-bappeda-draf.petakerja.json'],
    ['Sekretariat DPRD — Revisi №2', 'sekretariat-dprd-revisi-no2.petakerja.json'],
    ['Dinas Pariwisata é Budaya', 'dinas-pariwisata-e-budaya.petakerja.json'],
    ['', 'dokumen.petakerja.json'],
    ['«»…', 'dokumen.petakerja.json'],
  ])('%j → %s', (title, name) => {
    expect(fileNameFor({ title })).toBe(name);
  });

  it('keeps long titles to a reasonable length without a trailing dash', () => {
    const name = fileNameFor({ title: 'Dinas '.repeat(40) });
    expect(name.length).toBeLessThanOrEqual(80 + '.petakerja.json'.length);
    expect(name).toMatch(/^dinas(-dinas)+\.petakerja\.json$/);
  });
});
