// The training sample "Kota Contoh": a valid document that opens laid out, whose lint under its own profile gives
// exactly its deliberate mistakes — and nothing once those are put right as the trainer guide says — with a map tree
// a trainer can walk from level 0 down to the SOP.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isStacked } from '../../../src/layout/geometry';
import { WorkspaceSchema, findProcess, restore, snapshotBinding, structureIndex, type ProcessMap, type Workspace } from '../../../src/model';
import { lint, ruleById } from '../../../src/rules';
import { KOTA_CONTOH_MAP_IDS, KOTA_CONTOH_MISTAKES, KOTA_CONTOH_PROFILE, createKotaContoh } from '../../../src/samples/kotaContoh';
import { blocksOf, linesThroughBlocks, notBelowSuperior, overlaps } from '../layout/helpers';

const doc = createKotaContoh();
const positions = Object.values(doc.positions);
const key = (ruleId: string, target: string) => `${ruleId} ${target}`;

/** Every mistake put right the way docs/kota-contoh.md tells the class to. */
function corrected(source: Workspace): Workspace {
  const d = structuredClone(source);
  d.positions.jab_4_2_1_1.superiorId = 'jab_4_2'; // #1 under the Kepala Bidang Aplikasi Informatika
  d.positions.jab_2_1_5.superiorId = 'jab_2_1_1'; // #2 under the Kepala Subbagian Umum dan Kepegawaian
  d.positions.jab_2_1_5.unitId = 'u_disdik_umpeg';
  const stunting = d.teams.tim_stunting; // #3 the Kepala Seksi leaves the team
  stunting.members = stunting.members.filter((m) => m.positionId !== 'jab_6_4');
  d.teams.tim_kurikulum.instrument = { jenis: 'keputusan', nomor: '800/Kep.21-Disdik/2025', tanggal: '2025-02-03', penandatangan: 'kepala-perangkat-daerah' }; // #4
  const sop = d.maps[KOTA_CONTOH_MAP_IDS.sop];
  if (sop.kind !== 'lintas-fungsi') throw new Error('SOP map expected');
  // #5 the «Tidak» exit: the request is returned to the applicant, which ends the procedure
  sop.nodes.push({
    id: 'tolak', type: 'activity', label: 'Menyampaikan penolakan beserta alasannya kepada pemohon', laneId: `${sop.id}_lane_fo`,
    placement: { x: 0, y: 0 }, sumber: '', mutuBaku: { kelengkapan: 'Hasil verifikasi teknis', waktu: '1 hari kerja', output: 'Surat penolakan' }, keterangan: '',
  });
  sop.arrows.push({ id: 'a_tidak', source: `${sop.id}_memenuhi`, target: 'tolak', label: 'Tidak' }, { id: 'a_tolak', source: 'tolak', target: `${sop.id}_selesai`, label: '' });
  const lane = sop.lanes.find((l) => l.id === `${sop.id}_lane_kasi`)!; // #6 re-bound to the Kepala Bidang Pelayanan Perizinan
  lane.binding = snapshotBinding(d, { kind: 'position', id: 'jab_5_3', boundAs: null });
  const sub = d.maps[KOTA_CONTOH_MAP_IDS.subproses];
  if (sub.kind !== 'subproses') throw new Error('subproses map expected');
  sub.steps.find((s) => s.id === 'st_oss_3')!.pengampuId = 'jab_5_3_1'; // #7
  return d;
}

describe('createKotaContoh', () => {
  it('is a valid current document that restore() takes without notices, fresh on every call', () => {
    expect(WorkspaceSchema.safeParse(doc).success).toBe(true);
    const restored = restore(JSON.parse(JSON.stringify(doc)));
    expect(restored.notices).toEqual([]);
    expect(restored.doc).toEqual(doc);
    const other = createKotaContoh();
    other.positions.jab_1.nama = 'diubah';
    other.teams.tim_stunting.members.pop();
    expect(createKotaContoh()).toEqual(doc);
  });

  it('is a Pemerintah Kota of ~190 positions: Setda, three Dinas, a DPMPTSP and a Kecamatan, under Perwali Serang', () => {
    expect(doc.profileId).toBe(KOTA_CONTOH_PROFILE);
    expect(doc.profileId).toBe('serang-23-2023');
    expect(doc.instansi).toEqual({ nama: 'Pemerintah Kota Contoh', jenis: 'kota' });
    expect(positions.length).toBeGreaterThanOrEqual(180);
    const pds = Object.values(doc.units).filter((u) => u.isPerangkatDaerah);
    expect(pds.map((u) => u.tipePd).sort()).toEqual(['dinas', 'dinas', 'dinas', 'dpmptsp', 'kecamatan', 'setda']);
    expect(Object.values(doc.units).some((u) => u.nama === 'Bagian Organisasi')).toBe(true);
    const kodes = positions.map((p) => p.kode);
    expect(new Set(kodes).size).toBe(kodes.length);
    for (const p of positions) for (const x of p.pemangku) expect(x.nip, p.kode).toMatch(/^\d{18}$/);
    expect(positions.filter((p) => p.pemangku.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(doc.teams)).toHaveLength(4);
  });

  describe(`lint under its profile`, () => {
    const findings = lint(doc);

    it('reports exactly the deliberate mistakes (rule and element at fault), nothing else at any severity', () => {
      expect(findings.map((f) => key(f.ruleId, f.subjects[0])).sort()).toEqual(
        KOTA_CONTOH_MISTAKES.map((m) => key(m.ruleId, m.targetId)).sort(),
      );
    });

    it('numbers the mistakes 1…n and each names an element of the document', () => {
      expect(KOTA_CONTOH_MISTAKES.map((m) => m.no)).toEqual(KOTA_CONTOH_MISTAKES.map((_, i) => i + 1));
      expect(KOTA_CONTOH_MISTAKES.length).toBeGreaterThanOrEqual(5);
      expect(KOTA_CONTOH_MISTAKES.length).toBeLessThanOrEqual(7);
      const mapElements = Object.values(doc.maps).flatMap((m) => [
        ...(m.kind === 'lintas-fungsi' ? [...m.nodes, ...m.lanes] : []),
        ...(m.kind === 'subproses' ? m.steps : []),
      ]);
      for (const m of KOTA_CONTOH_MISTAKES) {
        const exists = !!doc.positions[m.targetId] || !!doc.teams[m.targetId] || mapElements.some((e) => e.id === m.targetId);
        expect(exists, m.targetId).toBe(true);
      }
    });

    it('labels the mistakes on maps in the keterangan a trainer sees', () => {
      const texts = Object.values(doc.maps).flatMap((m) =>
        m.kind === 'lintas-fungsi' ? m.nodes.map((n) => ('keterangan' in n ? n.keterangan : '')) : m.kind === 'subproses' ? m.steps.map((s) => s.keterangan) : [],
      );
      for (const no of [5, 6, 7]) expect(texts.some((t) => t.startsWith(`Kesalahan sengaja #${no}:`)), `#${no}`).toBe(true);
    });

    it('lints clean once every mistake is put right as the guide says', () => {
      expect(lint(corrected(doc))).toEqual([]);
    });

    it('each mistake stands alone: putting one right removes exactly its finding', () => {
      // the corrected document with one mistake put back gives exactly that one finding
      const fixed = corrected(doc);
      for (const m of KOTA_CONTOH_MISTAKES) {
        const one = structuredClone(fixed);
        if (m.no === 1) one.positions.jab_4_2_1_1.superiorId = 'jab_4_2_1';
        if (m.no === 2) one.positions.jab_2_1_5 = structuredClone(doc.positions.jab_2_1_5);
        if (m.no === 3) one.teams.tim_stunting = structuredClone(doc.teams.tim_stunting);
        if (m.no === 4) one.teams.tim_kurikulum = structuredClone(doc.teams.tim_kurikulum);
        if (m.no === 5 || m.no === 6) {
          const sop = one.maps[KOTA_CONTOH_MAP_IDS.sop];
          const orig = doc.maps[KOTA_CONTOH_MAP_IDS.sop];
          if (sop.kind !== 'lintas-fungsi' || orig.kind !== 'lintas-fungsi') throw new Error('SOP map expected');
          if (m.no === 5) {
            sop.nodes = sop.nodes.filter((n) => n.id !== 'tolak');
            sop.arrows = sop.arrows.filter((a) => a.id !== 'a_tidak' && a.id !== 'a_tolak');
          } else sop.lanes = structuredClone(orig.lanes);
        }
        if (m.no === 7) one.maps[KOTA_CONTOH_MAP_IDS.subproses] = structuredClone(doc.maps[KOTA_CONTOH_MAP_IDS.subproses]);
        expect(lint(one).map((f) => key(f.ruleId, f.subjects[0])), `#${m.no}`).toEqual([key(m.ruleId, m.targetId)]);
      }
    });

    it('gives the mistakes the severities the guide announces: 4 galat, 3 peringatan', () => {
      const count = (s: string) => findings.filter((f) => f.severity === s).length;
      expect([count('error'), count('warning'), count('info')]).toEqual([4, 3, 0]);
    });
  });

  describe('maps', () => {
    const maps = doc.maps;
    const parentOf = (m: ProcessMap) => (m.parent ? maps[m.parent.mapId] : undefined);

    it('walk level 0 → level 1 → lintas fungsi through parent links, each from a process of the map above', () => {
      const sop = maps[KOTA_CONTOH_MAP_IDS.sop];
      expect(sop.kind).toBe('lintas-fungsi');
      const l1 = parentOf(sop)!;
      const l0 = parentOf(l1)!;
      expect(l1.kind === 'level' && l1.level).toBe(1);
      expect(l0.kind === 'level' && l0.level).toBe(0);
      expect(l0.parent).toBeNull();
      for (const m of [sop, l1]) expect(findProcess(doc, m.parent!), m.title).toBeDefined();
      // the level 1 codes extend the parent process's code
      const parentCode = findProcess(doc, l1.parent!)!.process.kode;
      if (l1.kind !== 'level') throw new Error('level map expected');
      for (const p of l1.processes) expect(p.kode.startsWith(`${parentCode}.`), p.kode).toBe(true);
    });

    it('has every kind: level 0 and 1, lintas fungsi, subproses, relasi; every map reaches a top map', () => {
      expect(Object.values(maps).map((m) => m.kind).sort()).toEqual(['level', 'level', 'lintas-fungsi', 'relasi', 'subproses']);
      for (const m of Object.values(maps)) {
        let cur: ProcessMap | undefined = m;
        for (let i = 0; cur?.parent && i < 5; i++) cur = parentOf(cur);
        expect(cur?.parent, m.title).toBeNull();
      }
    });

    it('the SOP binds every lane to a position of the structure (or a named outside party) and states mutu baku', () => {
      const sop = maps[KOTA_CONTOH_MAP_IDS.sop];
      if (sop.kind !== 'lintas-fungsi') throw new Error('SOP map expected');
      const kinds = sop.lanes.map((l) => l.binding?.kind);
      expect(kinds.filter((k) => k === 'position').length).toBeGreaterThanOrEqual(4);
      expect(kinds.every((k) => k === 'position' || k === 'luar')).toBe(true);
      for (const l of sop.lanes) if (l.binding?.kind === 'position') expect(doc.positions[l.binding.id], l.label).toBeDefined();
      // lanes cross Perangkat Daerah: the DPMPTSP and the Dinas Kesehatan
      const pds = new Set(
        sop.lanes.flatMap((l) => (l.binding?.kind === 'position' ? [structureIndex(doc).perangkatDaerahOf.get(doc.positions[l.binding.id].unitId)!.id] : [])),
      );
      expect([...pds].sort()).toEqual(['u_dinkes', 'u_dpm']);
      for (const n of sop.nodes) {
        if (n.type !== 'activity') continue;
        expect(n.mutuBaku.kelengkapan && n.mutuBaku.waktu && n.mutuBaku.output, n.label).toBeTruthy();
      }
    });
  });

  describe('placements', () => {
    // after a change to the structure: npx tsx bench/kota-contoh-placements.ts
    it('every free box is placed, stacked JF/Pelaksana never', () => {
      for (const p of positions) expect(p.placement !== null, p.kode).toBe(!isStacked(p, doc));
    });

    it('no box overlaps another, every komando line runs clear of boxes, subordinates sit below their superior', () => {
      const placed = Object.fromEntries(positions.filter((p) => p.placement).map((p) => [p.id, p.placement!]));
      expect(overlaps(blocksOf(doc, placed))).toEqual([]);
      expect(linesThroughBlocks(doc, placed)).toEqual([]);
      expect(notBelowSuperior(doc, placed)).toEqual([]);
    });
  });

  it('the trainer guide lists every mistake with its rule, its target and the Pasal it breaks under the profile', () => {
    const guide = readFileSync(new URL('../../../docs/kota-contoh.md', import.meta.url), 'utf8');
    for (const m of KOTA_CONTOH_MISTAKES) {
      const citation = ruleById(m.ruleId)!.citation[KOTA_CONTOH_PROFILE];
      const row = guide.split('\n').find((line) => line.startsWith(`| ${m.no} |`));
      expect(row, `#${m.no}`).toBeDefined();
      expect(row).toContain(m.ruleId);
      expect(row).toContain(citation);
    }
  });
});
