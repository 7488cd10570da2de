// The training sample "Kota Contoh": a made-up Pemerintah Kota under the profile of Perwali Serang 23/2023 — the
// Sekretariat Daerah, Dinas Pendidikan, Dinas Kesehatan, Dinas Komunikasi dan Informatika, DPMPTSP and Kecamatan
// Kota Baru (about 190 positions), four Tim Kerja, and process maps from level 0 down to an SOP as peta lintas
// fungsi. It is consistent with its profile except for seven deliberate, labelled mistakes for a class to find
// (KOTA_CONTOH_MISTAKES; the trainer guide is docs/kota-contoh.md).
//
// Perwali Serang is the profile because its rules give a class the most to check in a kota: Pasal 6 names the
// kedudukan patterns incl. the Sekretariat Daerah, Pasal 12(3)–(4) who may be Ketua and Anggota, Pasal 8(4)–(5) the
// Koordinator of the DPMPTSP, Pasal 13(2) the instrument by scope, Pasal 19(4) subproses with pejabat pengampu.
//
// Placements are precomputed by "Rapikan" (bench/kota-contoh-placements.ts writes kota/placements.ts), so the
// canvas opens tidy without waiting for the layout worker. The module is loaded on demand (FirstScreen).
import { CURRENT_VERSION, FORMAT_TAG, snapshotBinding, type Workspace } from '../model';
import { kotaMaps, MAP_IDS } from './kota/maps';
import { KOTA_PLACEMENTS } from './kota/placements';
import { KOTA_UNITS, kotaPositions, positionId } from './kota/structure';
import { kotaTeams } from './kota/teams';

export { KOTA_CONTOH_MISTAKES, type KotaContohMistake } from './kota/mistakes';
export { MAP_IDS as KOTA_CONTOH_MAP_IDS } from './kota/maps';

export const KOTA_CONTOH_PROFILE = 'serang-23-2023' as const;

export function createKotaContoh(): Workspace {
  const positions = kotaPositions();
  for (const p of Object.values(positions)) {
    const at = KOTA_PLACEMENTS[p.id];
    p.placement = at ? { ...at } : null;
  }
  const structure = { positions };
  const maps = kotaMaps((kode) => snapshotBinding(structure, { kind: 'position', id: positionId(kode), boundAs: null })!);
  return {
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    id: 'doc_contoh_kota',
    title: 'Contoh pelatihan: Pemerintah Kota Contoh',
    instansi: { nama: 'Pemerintah Kota Contoh', jenis: 'kota' },
    profileId: KOTA_CONTOH_PROFILE,
    severityOverrides: {},
    settings: { labelKelompokManajemen: 'Manajemen' },
    units: Object.fromEntries(KOTA_UNITS.map((u) => [u.id, { ...u }])),
    positions,
    teams: kotaTeams(),
    maps,
    // A ready sequence for presentation mode: the structure, one team, then the maps from level 0 down.
    presentation: {
      steps: [
        { id: 'ps_struktur', kind: 'struktur', title: 'Struktur Pemerintah Kota Contoh', rootId: null, region: null },
        { id: 'ps_dpm', kind: 'struktur', title: 'Kedudukan pada DPMPTSP', rootId: positionId('5'), region: null },
        { id: 'ps_tim', kind: 'team', title: 'Tim Kerja lintas Perangkat Daerah', teamId: 'tim_stunting' },
        { id: 'ps_l0', kind: 'map', title: 'Peta proses bisnis level 0', mapId: MAP_IDS.level0, region: null },
        { id: 'ps_l1', kind: 'map', title: 'Peta proses bisnis level 1 DPMPTSP', mapId: MAP_IDS.level1, region: null },
        { id: 'ps_sop', kind: 'map', title: 'SOP sebagai peta lintas fungsi', mapId: MAP_IDS.sop, region: null },
      ],
    },
  };
}
