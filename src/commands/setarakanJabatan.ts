// Penyetaraan jabatan, the conversion step (PermenPANRB 17/2021; DOMAIN.md §2, §9): each chosen Administrator becomes
// a JF Ahli Madya and each Pengawas a JF Ahli Muda under the next structural official up; its JF, Pelaksana and
// structural subordinates re-attach to that official; Tim Kerja roles held by it (pimpinan unit, Pejabat Penilai
// Kinerja, penanggung jawab), lanes bound to it and subproses steps it was pengampu of go to that official too.
// Kelas jabatan, K, B and the pemangku stay with the converted jabatan. Merging the units it led is done by
// removeUnit afterwards (commands/penyetaraan.ts runs both as one undo step). The plan is computed by planPenyetaraan.
import { snapshotBinding } from '../model';
import { defineCommand } from './command';
import { baseOf } from './guards';
import type { PenyetaraanPlan } from './penyetaraanPlan';

export interface SetarakanJabatanArgs {
  plan: PenyetaraanPlan;
}

export const setarakanJabatan = defineCommand<SetarakanJabatanArgs>({
  id: 'position.setarakan',
  label: ({ plan }) => `Setarakan ${plan.conversions.length} jabatan struktural ke jabatan fungsional`,
  recipe: (draft, { plan }) => {
    baseOf(draft);
    for (const c of plan.conversions) {
      const p = draft.positions[c.positionId];
      p.kind = 'fungsional';
      p.jenjang = c.jenjang;
      p.memimpinUnitMandiri = false;
      p.nama = c.namaBaru;
      p.superiorId = c.atasanBaruId;
    }
    for (const r of plan.reattached) draft.positions[r.positionId].superiorId = r.to;
    for (const t of plan.teams) draft.teams[t.teamId][t.field] = t.to;
    for (const l of plan.lanes) {
      const map = draft.maps[l.mapId];
      if (map.kind !== 'lintas-fungsi') continue;
      const lane = map.lanes.find((x) => x.id === l.laneId);
      if (lane) lane.binding = snapshotBinding(draft, { kind: 'position', id: l.to, boundAs: null });
    }
    for (const s of plan.steps) {
      const map = draft.maps[s.mapId];
      if (map.kind !== 'subproses') continue;
      const step = map.steps.find((x) => x.id === s.stepId);
      if (step) step.pengampuId = s.to;
    }
  },
});
