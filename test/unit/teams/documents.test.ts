// Team documents (src/io/teams): the Daftar Susunan Keanggotaan Tim (Perbup Banjar Lampiran bagian IV) and the
// draft instrument, as models and as standalone printable HTML with every text escaped.
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../../src/model';
import {
  daftarSusunan,
  draftInstrument,
  renderInstrumentHtml,
  renderSusunanHtml,
  SUSUNAN_COLUMNS,
} from '../../../src/io/teams';
import { dinas } from '../rules/helpers/build';
import { bidangTeam, world, type World } from '../rules/tim/helpers';

const XSS = '<img src=x onerror=alert(1)>';

/** The world with a Sekretariat Daerah, holders for the officials, and the team of Bidang A. */
function setting(profile: ProfileId = 'banjar-39-2024') {
  const w: World = world(profile);
  const s = dinas(w.b, 'setda', 'Sekretariat Daerah');
  w.b.holder(s.kepala, { nama: 'Drs. Hasan Basri', nip: '196801011990031001', golongan: 'IV/c' });
  w.b.holder(w.d.kepala, { nama: 'Ir. Ahmad Fauzi', nip: '197002021995031002', golongan: 'IV/b' });
  w.b.doc.positions[w.d.kepala].nama = 'Kepala Dinas';
  w.b.doc.units[w.d.pd].nama = 'Dinas Komunikasi dan Informatika';
  w.b.doc.instansi = { nama: 'Pemerintah Kabupaten Banjar', jenis: 'kabupaten' };
  const t = bidangTeam(w, 'Tim Satu Data');
  w.b.doc.teams[t].targetKinerja = 'Tersedianya data sektoral yang mutakhir';
  w.b.holder(w.jfPertama, null);
  return { w, t, s };
}

describe('Daftar Susunan Keanggotaan Tim', () => {
  it('has the five columns and the rows Penanggungjawab, Ketua, then the Anggota in member order', () => {
    const { w, t } = setting();
    w.b.external(t, 'anggota', 'Siti Aminah', 'BPS Kabupaten Banjar', { id: 'ext' });
    w.b.doc.teams[t].members.find((m) => m.id === 'ext')!.external!.jabatan = 'Statistisi Ahli Muda';
    const table = daftarSusunan(w.b.build(), t);
    expect(table.columns).toEqual(['NO.', 'NAMA', 'KEDUDUKAN DALAM TIM', 'INSTANSI/PERANGKAT DAERAH', 'JABATAN']);
    expect(table.judul).toBe('DAFTAR SUSUNAN KEANGGOTAAN TIM SATU DATA');
    expect(table.tahun).toBe('2026');
    expect(table.rows.map((r) => [r.no, r.nama, r.kedudukan, r.instansi, r.jabatan])).toEqual([
      [1, 'Ir. Ahmad Fauzi', 'Penanggungjawab', 'Dinas Komunikasi dan Informatika', 'Kepala Dinas'],
      [2, 'Rina Wulandari', 'Ketua', 'Dinas Komunikasi dan Informatika', 'Pranata Komputer Ahli Muda'],
      [3, null, 'Anggota', 'Dinas Komunikasi dan Informatika', 'Pranata Komputer Ahli Pertama'],
      [4, 'Rina Wulandari', 'Anggota', 'Dinas Komunikasi dan Informatika', 'Pengelola Data'],
      [5, 'Siti Aminah', 'Anggota', 'BPS Kabupaten Banjar', 'Statistisi Ahli Muda'],
    ]);
    expect(table.catatan).toEqual([]);
  });

  it('puts the Ketua (or Koordinator) second even when listed later, keeps a Penanggungjawab row, notes a member whose position is gone', () => {
    const w = world();
    const t = w.b.team('Kelompok Kerja', w.d.bidangA);
    w.b.member(t, 'anggota', w.jfPertama);
    w.b.member(t, 'koordinator', w.jfMuda);
    w.b.member(t, 'anggota', 'pos_hilang');
    const table = daftarSusunan(w.b.build(), t);
    expect(table.judul).toBe('DAFTAR SUSUNAN KEANGGOTAAN TIM KELOMPOK KERJA');
    expect(table.rows.map((r) => r.kedudukan)).toEqual(['Penanggungjawab', 'Koordinator', 'Anggota']);
    expect(table.rows[0]).toMatchObject({ nama: null, jabatan: '' });
    expect(table.catatan).toEqual(['Anggota yang menunjuk jabatan «pos_hilang» tidak dicantumkan: jabatannya tidak ada dalam struktur.']);
    expect(() => daftarSusunan(w.b.build(), 't_nope')).toThrow(/t_nope/);
  });

  it('renders a standalone printable page with the table, blanks for missing names, and every text escaped', () => {
    const { w, t } = setting();
    w.b.doc.teams[t].nama = `Tim ${XSS}`;
    w.b.holder(w.jfMuda, { nama: XSS });
    w.b.external(t, 'anggota', `Budi ${XSS}`, `Instansi ${XSS}`);
    const html = renderSusunanHtml(daftarSusunan(w.b.build(), t));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Budi &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('@page { size: A4;');
    for (const c of SUSUNAN_COLUMNS) expect(html).toContain(`<th>${c}</th>`);
    expect(html).toContain('<td class="no">1.</td><td>Ir. Ahmad Fauzi<br>NIP. 197002021995031002</td><td>Penanggungjawab</td>');
    expect(html).toMatch(/<td class="no">3\.<\/td><td>…+<\/td><td>Anggota<\/td>/);
  });
});

describe('draft instrument', () => {
  it('Banjar, team within the PD: Surat Tugas signed by the Kepala Perangkat Daerah, with pangkat and NIP', () => {
    const { w, t } = setting();
    const d = draftInstrument(w.b.build(), t, { tanggal: '2026-11-23' });
    expect(d).toMatchObject({ scope: 'dalam-pd', jenis: 'surat-tugas', penandatangan: 'kepala-perangkat-daerah', judul: 'SURAT TUGAS' });
    expect(d.kop).toEqual(['PEMERINTAH KABUPATEN BANJAR', 'DINAS KOMUNIKASI DAN INFORMATIKA']);
    expect(d.signatory).toEqual({
      jabatan: 'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA',
      nama: 'Ir. Ahmad Fauzi',
      pangkat: 'Pembina Tingkat I (IV/b)',
      nip: '197002021995031002',
    });
    expect(d.tempat).toBe('Martapura');
    expect(d.tanggal).toBe('23 November 2026');
    expect(d.amar[0]).toEqual({ label: 'Kepada', text: 'Nama-nama berikut sebagaimana terlampir.' });
    const untuk = d.amar[1].list!.items.map((i) => i.text);
    expect(untuk[0]).toBe('Melaksanakan tugas dalam Tim Kerja Satu Data guna pencapaian kinerja pada Tersedianya data sektoral yang mutakhir sebagaimana terlampir;');
    expect(untuk[1]).toBe('Melaksanakan tugas terhitung mulai tanggal 1 Januari 2026 sampai dengan tanggal 30 Juni 2026;');
    expect(untuk[3]).toBe('Melaporkan hasilnya kepada Kepala Bidang A sebagai Pejabat Penilai Kinerja.');
    expect(d.konsiderans[0].list!.items[1].text).toBe('Peraturan Bupati Banjar Nomor 39 Tahun 2024 tentang Sistem Kerja;');
    const html = renderInstrumentHtml(d);
    expect(html).toContain('<p>Martapura, 23 November 2026</p>');
    expect(html).toContain('<p>Lampiran Surat Tugas</p>');
    expect(html).toContain('DAFTAR SUSUNAN KEANGGOTAAN TIM SATU DATA');
  });

  it('Banjar, lintas PD: Keputusan Sekretaris Daerah in the decree format, the team list as its Lampiran', () => {
    const { w, t } = setting();
    w.b.member(t, 'anggota', w.jfK);
    w.b.doc.teams[t].instrument = { jenis: 'keputusan', penandatangan: 'sekretaris-daerah', nomor: '800/45/SETDA/2026', tanggal: '2025-12-22' };
    const d = draftInstrument(w.b.build(), t);
    expect(d).toMatchObject({
      scope: 'lintas-pd',
      jenis: 'keputusan',
      judul: 'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR',
      nomor: 'NOMOR 800/45/SETDA/2026',
      tentang: 'PEMBENTUKAN TIM SATU DATA TAHUN 2026',
      pejabat: 'SEKRETARIS DAERAH KABUPATEN BANJAR,',
      tanggal: '22 Desember 2025',
      tempat: 'Ditetapkan di Martapura',
    });
    expect(d.kop).toEqual(['PEMERINTAH KABUPATEN BANJAR', 'SEKRETARIAT DAERAH']);
    expect(d.signatory.nama).toBe('Drs. Hasan Basri');
    expect(d.konsiderans.map((c) => c.label)).toEqual(['Menimbang', 'Mengingat']);
    expect(d.amar.map((c) => c.label)).toEqual(['Menetapkan', 'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA']);
    expect(d.amar[0].text).toBe('KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR TENTANG PEMBENTUKAN TIM SATU DATA TAHUN 2026.');
    expect(d.amar[2].list!.items.map((i) => i.text)).toEqual(['Penanggungjawab bertugas:', 'Ketua bertugas:', 'Anggota bertugas:']);
    expect(d.amar[4].text).toContain('Anggaran Pendapatan dan Belanja Daerah Kabupaten Banjar');
    expect(d.lampiranKepala).toEqual([
      'LAMPIRAN',
      'KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR',
      'NOMOR 800/45/SETDA/2026',
      'TENTANG',
      'PEMBENTUKAN TIM SATU DATA TAHUN 2026',
    ]);
    expect(d.lampiran.rows.at(-1)).toMatchObject({ instansi: 'Badan Keuangan', jabatan: 'Analis Keuangan Ahli Pertama' });
    const html = renderInstrumentHtml(d);
    expect(html).toContain('<p class="amar">MEMUTUSKAN:</p>');
    expect(html).toContain('<p>Ditetapkan di Martapura</p><p>pada tanggal 22 Desember 2025</p>');
    expect(html).toContain('<section class="lampiran">');
  });

  it('Banjar, lintas instansi: Keputusan Bupati; custom tasks replace the standard ones', () => {
    const { w, t } = setting();
    w.b.external(t, 'anggota', 'Siti', 'BPS Kabupaten Banjar');
    w.b.doc.teams[t].rincianTugas.ketua = ['mengoordinasikan integrasi data'];
    const d = draftInstrument(w.b.build(), t);
    expect(d).toMatchObject({ scope: 'lintas-instansi', judul: 'KEPUTUSAN BUPATI BANJAR', pejabat: 'BUPATI BANJAR,', kop: ['BUPATI BANJAR'] });
    expect(d.amar[2].list!.items[1].sub!.items).toEqual([{ text: 'mengoordinasikan integrasi data' }]);
    expect(d.tanggal).toBeNull();
    expect(renderInstrumentHtml(d)).toMatch(/pada tanggal …+<\/p>/);
  });

  it('Palembang: Surat Perintah naming the Tim Verifikasi recommendation (Pasal 10)', () => {
    const { w, t } = setting('palembang-30-2023');
    w.b.doc.instansi = { nama: 'Pemerintah Kota Palembang', jenis: 'kota' };
    w.b.doc.teams[t].rekomendasiTimVerifikasi = { nomor: '100/TV/2025', tanggal: '2025-12-10' };
    const d = draftInstrument(w.b.build(), t);
    expect(d).toMatchObject({ jenis: 'surat-perintah', judul: 'SURAT PERINTAH', kop: ['PEMERINTAH KOTA PALEMBANG', 'DINAS KOMUNIKASI DAN INFORMATIKA'] });
    expect(d.konsiderans[0].list!.items.map((i) => i.text)).toContain('Rekomendasi Tim Verifikasi Nomor 100/TV/2025 tanggal 10 Desember 2025;');
    expect(d.amar[1].list!.items.map((i) => i.text)).toContain('Ekspektasi/target kinerja tim: Tersedianya data sektoral yang mutakhir;');
  });

  it('Serang, lintas instansi: Keputusan of the Wali Kota as Pejabat Pembina Kepegawaian', () => {
    const { w, t } = setting('serang-23-2023');
    w.b.doc.instansi = { nama: 'Pemerintah Kota Serang', jenis: 'kota' };
    w.b.external(t, 'anggota', 'Siti', 'BPS Kota Serang');
    const d = draftInstrument(w.b.build(), t);
    expect(d).toMatchObject({ penandatangan: 'ppk', judul: 'KEPUTUSAN WALI KOTA SERANG', tempat: 'Ditetapkan di Serang' });
    expect(d.signatory.jabatan).toBe('WALI KOTA SERANG SELAKU PEJABAT PEMBINA KEPEGAWAIAN');
  });

  it('Nasional: a Surat Tugas of the Pimpinan Unit Organisasi; another kind on request', () => {
    const { w, t } = setting('nasional');
    w.b.doc.instansi = { nama: '', jenis: null };
    const d = draftInstrument(w.b.build(), t);
    expect(d).toMatchObject({ jenis: 'surat-tugas', penandatangan: 'pimpinan-unit-organisasi' });
    expect(d.signatory.jabatan).toBe('KEPALA BIDANG A');
    expect(d.kop[0]).toBe('PEMERINTAH DAERAH');
    expect(d.tempat).toMatch(/^…+$/);
    const k = draftInstrument(w.b.build(), t, { jenis: 'keputusan', penandatangan: 'pejabat-penilai-kinerja' });
    expect(k.judul).toBe('KEPUTUSAN KEPALA BIDANG A');
  });

  it('escapes every text from the document in the instrument page', () => {
    const { w, t } = setting();
    w.b.doc.teams[t].nama = XSS;
    w.b.doc.teams[t].targetKinerja = XSS;
    w.b.doc.teams[t].rincianTugas.anggota = [XSS];
    w.b.doc.teams[t].instrument = { jenis: 'surat-tugas', penandatangan: 'kepala-perangkat-daerah', nomor: XSS, tanggal: null };
    w.b.holder(w.d.kepala, { nama: XSS, nip: XSS });
    w.b.doc.units[w.d.pd].nama = XSS;
    w.b.external(t, 'anggota', XSS, XSS);
    for (const jenis of ['surat-tugas', 'surat-perintah', 'keputusan'] as const) {
      const html = renderInstrumentHtml(draftInstrument(w.b.build(), t, { jenis }));
      expect(html, jenis).not.toMatch(/<img|<script/i);
      expect(html, jenis).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    const title = /<title>(.*)<\/title>/.exec(renderInstrumentHtml(draftInstrument(w.b.build(), t, { jenis: 'keputusan' })))![1];
    expect(title).toContain('&lt;IMG SRC=X ONERROR=ALERT(1)&gt;');
  });
});
