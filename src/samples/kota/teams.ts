// The Tim Kerja of the training sample: one lintas Perangkat Daerah, one lintas unit inside the Sekretariat
// Daerah, one inside a Bidang, and the Koordinator team Perwali Serang allows only in the DPMPTSP (Pasal 8 ayat (4)
// huruf b and ayat (5)). Two of them carry a deliberate mistake (mistakes.ts, #3 and #4).
import type { Team, TeamMember, TeamRole } from '../../model';
import { positionId as p } from './structure';

function member(team: string, n: number, role: TeamRole, kode: string): TeamMember {
  return { id: `${team}_m${n}`, role, positionId: p(kode), personId: null, external: null, cara: 'penunjukan', mulai: null, selesai: null };
}

function members(team: string, leader: [TeamRole, string], anggota: string[]): TeamMember[] {
  return [member(team, 1, leader[0], leader[1]), ...anggota.map((kode, i) => member(team, i + 2, 'anggota', kode))];
}

const NO_TASKS = { penanggungjawab: [], ketua: [], anggota: [] };

export function kotaTeams(): Record<string, Team> {
  const teams: Team[] = [
    {
      id: 'tim_stunting',
      nama: 'Tim Percepatan Penurunan Stunting',
      targetKinerja: 'Prevalensi stunting balita turun dari 19,8% menjadi 16% pada akhir tahun 2025',
      ownerUnitId: 'u_dinkes_kesmas',
      pimpinanUnitId: p('3.2'),
      penilaiKinerjaId: p('3.2'),
      penanggungjawabId: p('3.2'),
      // lintas Perangkat Daerah: Dinkes, Setda (Bagian Kesejahteraan Rakyat), Diskominfo (data) and the Kecamatan.
      // Kesalahan sengaja #3: the Kepala Seksi Kesejahteraan Sosial (a Pengawas) is listed as an Anggota.
      members: members('tim_stunting', ['ketua', '3.2.1'], ['3.2.3', '3.2.5', '1.1.2.1', '4.4.2', '6.4.1', '6.4']),
      mulai: '2025-01-02',
      selesai: '2025-12-31',
      instrument: { jenis: 'keputusan', nomor: '800.1.3/Kep.12-Org/2025', tanggal: '2025-01-02', penandatangan: 'sekretaris-daerah' },
      rekomendasiTimVerifikasi: null,
      rincianTugas: {
        penanggungjawab: ['Mengarahkan pelaksanaan aksi konvergensi percepatan penurunan stunting'],
        ketua: ['Menyusun rencana kerja tim dan memantau capaian indikator stunting setiap bulan', 'Melaporkan hasil kerja tim kepada Sekretaris Daerah setiap triwulan'],
        anggota: ['Melaksanakan aksi konvergensi sesuai bidang tugas masing-masing', 'Menyampaikan data capaian kepada Ketua Tim setiap bulan'],
      },
    },
    {
      id: 'tim_probis',
      nama: 'Tim Penyusunan Peta Proses Bisnis dan SOP',
      targetKinerja: 'Peta proses bisnis level 0–1 dan SOP layanan utama seluruh Perangkat Daerah ditetapkan pada Juni 2025',
      ownerUnitId: 'u_bag_org',
      pimpinanUnitId: p('1.3.1'),
      penilaiKinerjaId: p('1.3.1'),
      penanggungjawabId: p('1.3.1'),
      // lintas unit inside the Sekretariat Daerah: Bagian Organisasi, Bagian Hukum and Bagian Umum
      members: members('tim_probis', ['ketua', '1.3.1.1'], ['1.3.1.2', '1.3.1.3', '1.1.3.1', '1.3.2.1']),
      mulai: '2025-01-06',
      selesai: '2025-06-30',
      instrument: { jenis: 'keputusan', nomor: '060/Kep.04-Org/2025', tanggal: '2025-01-06', penandatangan: 'kepala-perangkat-daerah' },
      rekomendasiTimVerifikasi: null,
      rincianTugas: NO_TASKS,
    },
    {
      id: 'tim_kurikulum',
      nama: 'Tim Implementasi Kurikulum Merdeka Sekolah Dasar',
      targetKinerja: '100% sekolah dasar negeri menerapkan Kurikulum Merdeka pada tahun ajaran 2025/2026',
      ownerUnitId: 'u_disdik_sd',
      pimpinanUnitId: p('2.2'),
      penilaiKinerjaId: p('2.2'),
      penanggungjawabId: p('2.2'),
      members: members('tim_kurikulum', ['ketua', '2.2.1'], ['2.2.3', '2.2.2', '2.2.4']),
      mulai: '2025-02-03',
      selesai: '2025-11-28',
      // Kesalahan sengaja #4: a Surat Tugas of the Kepala Bidang, not a Keputusan of the Kepala Perangkat Daerah.
      instrument: { jenis: 'surat-tugas', nomor: '800/077/Bid.SD/2025', tanggal: '2025-02-03', penandatangan: 'pejabat-penilai-kinerja' },
      rekomendasiTimVerifikasi: null,
      rincianTugas: NO_TASKS,
    },
    {
      id: 'tim_perizinan',
      nama: 'Tim Layanan Perizinan Berusaha',
      targetKinerja: 'Perizinan berusaha risiko menengah–tinggi diterbitkan paling lama 5 hari kerja sejak persyaratan lengkap',
      ownerUnitId: 'u_dpm_pp',
      pimpinanUnitId: p('5.3'),
      penilaiKinerjaId: p('5.3'),
      penanggungjawabId: p('5.3'),
      // Perwali Serang Pasal 8 ayat (4) huruf b, ayat (5): a Koordinator (JF Ahli Muda, S1, III/d) in the DPMPTSP
      members: members('tim_perizinan', ['koordinator', '5.3.1'], ['5.3.3', '5.3.4', '5.3.5', '5.3.6']),
      mulai: '2025-01-02',
      selesai: '2025-12-31',
      instrument: { jenis: 'keputusan', nomor: '503/Kep.03-DPMPTSP/2025', tanggal: '2025-01-02', penandatangan: 'kepala-perangkat-daerah' },
      rekomendasiTimVerifikasi: null,
      rincianTugas: NO_TASKS,
    },
  ];
  return Object.fromEntries(teams.map((t) => [t.id, t]));
}
