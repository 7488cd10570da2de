// The deliberate mistakes of the training sample, for the trainer guide (docs/kota-contoh.md) and its test: under
// the sample's profile (Perwali Serang 23/2023) the linter reports exactly these findings — rule and first subject
// — and nothing else. Where the element has a free-text field (keterangan of a symbol or a step) the mistake is
// also labelled there; positions and teams have no such field, so their findings and this list point at them.
import { MAP_IDS } from './maps';
import { positionId } from './structure';

export interface KotaContohMistake {
  /** the number trainers use in class: "Kesalahan sengaja #3" */
  no: number;
  ruleId: string;
  /** the element at fault: the finding's first subject */
  targetId: string;
  /** where a trainer finds it, in Bahasa Indonesia */
  where: string;
  /** what is wrong and how it is put right, in Bahasa Indonesia */
  explanation: string;
}

export const KOTA_CONTOH_MISTAKES: readonly KotaContohMistake[] = [
  {
    no: 1,
    ruleId: 'KED-02',
    targetId: positionId('4.2.1.1'),
    where: 'Struktur › Dinas Komunikasi dan Informatika › Bidang Aplikasi Informatika: «Penata Kelola Sistem dan Teknologi Informasi» (4.2.1.1)',
    explanation:
      'Pelaksana berkedudukan di bawah Pranata Komputer Ahli Muda (4.2.1), bekas Kepala Seksi yang sudah disetarakan dan ' +
      'tidak memimpin unit kerja mandiri. Pejabat Fungsional tidak dapat menjadi atasan langsung Pelaksana; pindahkan ' +
      'kedudukannya ke Kepala Bidang Aplikasi Informatika (4.2).',
  },
  {
    no: 2,
    ruleId: 'KED-05',
    targetId: positionId('2.1.5'),
    where: 'Struktur › Dinas Pendidikan › Sekretariat: «Penata Laporan Keuangan» (2.1.5)',
    explanation:
      'Pelaksana ditempatkan langsung di bawah Sekretaris setelah Subbagian Keuangan dihapus, padahal Sekretaris masih ' +
      'membawahi Kepala Subbagian Umum dan Kepegawaian. Pelaksana berkedudukan di bawah Pejabat Pengawas; pindahkan ke ' +
      'Kepala Subbagian Umum dan Kepegawaian (2.1.1).',
  },
  {
    no: 3,
    ruleId: 'TIM-04',
    targetId: positionId('6.4'),
    where: 'Tim Kerja › «Tim Percepatan Penurunan Stunting»: anggota «Kepala Seksi Kesejahteraan Sosial» (Kecamatan Kota Baru)',
    explanation:
      'Kepala Seksi adalah Pejabat Pengawas; di Kota Serang keanggotaan Tim Kerja terdiri atas Pejabat Fungsional dan ' +
      'Pelaksana. Ganti dengan Pelaksana/JF seksi itu, atau libatkan Kepala Seksi sebagai pejabat pengarah di luar susunan tim.',
  },
  {
    no: 4,
    ruleId: 'TIM-08',
    targetId: 'tim_kurikulum',
    where: 'Tim Kerja › «Tim Implementasi Kurikulum Merdeka Sekolah Dasar»: instrumen penetapan',
    explanation:
      'Tim ditetapkan dengan Surat Tugas Kepala Bidang (Pejabat Penilai Kinerja). Susunan Tim Kerja internal Unit ' +
      'Organisasi ditetapkan dengan keputusan kepala Unit Organisasi, yaitu Keputusan Kepala Dinas Pendidikan.',
  },
  {
    no: 5,
    ruleId: 'LF-03',
    targetId: `${MAP_IDS.sop}_memenuhi`,
    where: 'Peta › Peta Proses Bisnis Pemerintah Kota Contoh › 05 › 05.03 › «SOP Penerbitan Surat Izin Praktik Tenaga Kesehatan»: keputusan «Memenuhi syarat teknis?»',
    explanation:
      'Keputusan hanya memiliki satu panah keluar («Ya»). Tambahkan jalur «Tidak»: rekomendasi teknis ditolak dan ' +
      'permohonan dikembalikan kepada pemohon dengan alasan penolakan.',
  },
  {
    no: 6,
    ruleId: 'LF-06',
    targetId: `${MAP_IDS.sop}_lane_kasi`,
    where: 'Peta › «SOP Penerbitan Surat Izin Praktik Tenaga Kesehatan»: lajur kelima (label «Kepala Seksi Perizinan Jasa Kesehatan»)',
    explanation:
      'Lajur diikat ketika jabatan itu masih Kepala Seksi (Pengawas); setelah penyetaraan jabatan kini Penata Perizinan ' +
      'Ahli Muda. Tinjau ulang siapa yang memaraf draf izin (misalnya Kepala Bidang Pelayanan Perizinan) lalu ikat ulang lajurnya.',
  },
  {
    no: 7,
    ruleId: 'PETA-06',
    targetId: 'st_oss_3',
    where: 'Peta › 05.02 › «Subproses Pelayanan Perizinan Berusaha Berbasis Risiko»: langkah 3 «Melaksanakan pemeriksaan lapangan bersama tim teknis»',
    explanation:
      'Langkah subproses belum menyebut pejabat pengampu. Proses bisnis dijabarkan dalam subproses kegiatan, output ' +
      'subproses dan pejabat pengampu; tetapkan pengampunya, misalnya Penata Perizinan Ahli Muda (5.3.1).',
  },
];
