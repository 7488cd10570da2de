// Templates rebuilt from Perbup Banjar 39/2024: well formed, grounded in the text, clean under the map rules,
// bound to the structure by the documented heuristics, and their SOP tables match their maps step for step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../bench/generate';
import { createMap, execute } from '../../../src/commands';
import { emptyWorkspace, type LintasFungsiMap, type Workspace } from '../../../src/model';
import { lint, MAP_RULES } from '../../../src/rules';
import { sopTable } from '../../../src/io/sop';
import { applyTemplate, buildTemplateMap, stepTargets, TEMPLATES, templateById } from '../../../src/templates';

const TEXT = readFileSync(new URL('../../fixtures/regulations/banjar-39-2024-lampiran.txt', import.meta.url), 'utf8');
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const NORMALIZED = norm(TEXT);

/** A three-word run of the label that the regulation text contains (labels paraphrase, but never invent). */
function groundedIn(label: string): boolean {
  const words = norm(label).split(' ');
  if (words.length < 3) return true;
  for (let i = 0; i + 3 <= words.length; i++) if (NORMALIZED.includes(words.slice(i, i + 3).join(' '))) return true;
  return false;
}

const SUMBER = /^Perbup Banjar 39\/2024, Lampiran (I huruf [A-E] angka 3|II huruf B angka [12] huruf [bc])( huruf [abc] butir \d+\)( huruf [abc]\))?| butir \d+\)( dan \d+\))?( huruf [abc]\))?)?$/;

describe('templates', () => {
  it('are the eight templates of DOMAIN.md §7 with unique ids', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'banjar-penunjukan-lintas-unit',
      'banjar-penunjukan-lintas-instansi',
      'banjar-pengajuan-sukarela-lintas-unit',
      'banjar-mekanisme-kerja-setda',
      'banjar-mekanisme-kerja-dinas-badan',
      'banjar-mekanisme-kerja-dpmptsp',
      'banjar-mekanisme-kerja-rsud',
      'banjar-mekanisme-kerja-kecamatan',
    ]);
    expect(templateById('tidak-ada')).toBeUndefined();
  });

  for (const t of TEMPLATES) {
    describe(t.id, () => {
      const map = buildTemplateMap(t, { mapId: 'm' });

      it('every step cites its point of the lampiran, and its words come from the text', () => {
        expect(map.nodes.length).toBe(t.steps.length);
        for (const n of map.nodes) expect(n.sumber, n.id).toMatch(SUMBER);
        for (const s of t.steps) {
          if (s.type === 'kegiatan' || s.type === 'keputusan') expect(groundedIn(s.label), `${s.key}: ${s.label}`).toBe(true);
        }
        expect(t.catatan.length).toBeGreaterThan(0);
        expect(() => stepTargets(t)).not.toThrow();
      });

      it('has no error finding on an empty structure; its warnings are only the unbound roles', () => {
        const empty = emptyWorkspace();
        const doc = { ...empty, maps: { m: applyTemplate(empty, t.id, { mapId: 'm' }).map } };
        const findings = lint(doc, { rules: MAP_RULES });
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        const unbound = t.lanes.filter((l) => l.match.kind !== 'luar').length;
        expect(findings.map((f) => f.ruleId)).toEqual(Array(unbound).fill('LF-05'));
      });

      it('gives an SOP table that matches the map step for step', () => {
        const table = sopTable(emptyWorkspace(), map);
        expect(table.columns.map((c) => c.laneId)).toEqual(map.lanes.map((l) => l.id));
        expect(table.rows.map((r) => r.nodeId).sort()).toEqual(map.nodes.map((n) => n.id).sort());
        const rowOf = new Map(table.rows.map((r) => [r.nodeId, r]));
        for (const n of map.nodes) {
          const r = rowOf.get(n.id)!;
          expect(r.kegiatan).toBe(n.label);
          expect(r.column).toBe(map.lanes.findIndex((l) => l.id === n.laneId));
          if (n.type === 'activity') expect([r.kelengkapan, r.waktu, r.output]).toEqual([n.mutuBaku.kelengkapan, n.mutuBaku.waktu, n.mutuBaku.output]);
          const exits = map.arrows.filter((a) => a.source === n.id).map((a) => ({ no: rowOf.get(a.target)!.no, label: a.label }));
          expect([...r.exits].sort((a, b) => a.no - b.no)).toEqual(exits.sort((a, b) => a.no - b.no));
          expect(r.keterangan).toContain(n.sumber);
        }
        // flow order: every symbol but the start comes after one of the symbols leading to it; ends come last
        for (const r of table.rows) {
          if (r.symbol === 'mulai') continue;
          const from = map.arrows.filter((a) => a.target === r.nodeId).map((a) => rowOf.get(a.source)!.no);
          expect(Math.min(...from), `${r.nodeId}`).toBeLessThan(r.no);
        }
        expect(table.rows[0].symbol).toBe('mulai');
        const ends = table.rows.filter((r) => r.symbol === 'selesai');
        expect(table.rows.slice(-ends.length)).toEqual(ends);
      });
    });
  }
});

describe('applyTemplate', () => {
  const doc: Workspace = generateWorkspace({ positions: 900, seed: 7, perangkatDaerah: ['setda', 'dinas', 'dpmptsp', 'rsud', 'kecamatan'], placements: false });
  const bound = (map: LintasFungsiMap) =>
    Object.fromEntries(map.lanes.map((l) => [l.id.replace(/^m_/, ''), l.binding?.kind === 'position' ? doc.positions[l.binding.id].nama : l.binding?.kind === 'luar' ? `luar:${l.binding.nama}` : null]));

  it('binds the lanes of the Sekretariat Daerah template to the Setda officials', () => {
    const { map, lanes } = applyTemplate(doc, 'banjar-mekanisme-kerja-setda', { mapId: 'm' });
    const b = bound(map);
    expect(b.sekda).toBe('Sekretaris Daerah');
    expect(b.asisten).toMatch(/^Asisten /);
    expect(b.kabag).toMatch(/^Kepala Bagian /);
    expect(b.kasubbag).toMatch(/^Kepala Subbagian /);
    expect(b.jf).toBeNull();
    expect(lanes.find((l) => l.laneId === 'm_jf')!.alasan).toContain('Peran');
    expect(doc.units[map.ownerUnitId!].tipePd).toBe('setda');
  });

  it('binds Camat and Sekretaris Camat apart, and the RSUD Wakil Direktur by name only', () => {
    const kec = bound(applyTemplate(doc, 'banjar-mekanisme-kerja-kecamatan', { mapId: 'm' }).map);
    expect(kec.camat).toBe('Camat');
    expect(kec.sekcam).toBe('Sekretaris Camat');
    expect(kec.pengawas).toMatch(/^Kepala (Subbagian|Seksi) /);
    const rsud = bound(applyTemplate(doc, 'banjar-mekanisme-kerja-rsud', { mapId: 'm' }).map);
    expect(rsud.direktur).toBe('Direktur');
    expect(rsud.wadir).toMatch(/^Wakil Direktur /);
    expect(rsud.kabag).toMatch(/^Kepala (Bagian|Bidang) /);
    const dpm = bound(applyTemplate(doc, 'banjar-mekanisme-kerja-dpmptsp', { mapId: 'm' }).map);
    expect(dpm.kepala).toMatch(/^Kepala /);
    expect(dpm.sekretaris).toBe('Sekretaris');
  });

  it('binds the penugasan templates to the owner unit head and outside parties', () => {
    const pd = Object.values(doc.units).find((u) => u.tipePd === 'dinas')!;
    const { map } = applyTemplate(doc, 'banjar-penunjukan-lintas-instansi', { mapId: 'm', ownerUnitId: pd.id });
    const b = bound(map);
    expect(b.puo).toMatch(/^Kepala /);
    expect(b.pybTuju).toBe('luar:Pejabat yang Berwenang instansi dituju');
    expect(b.pybPemohon).toBeNull();
  });

  it('leaves position lanes unbound when the structure has no such Perangkat Daerah', () => {
    const { map, lanes } = applyTemplate(emptyWorkspace(), 'banjar-mekanisme-kerja-rsud', { mapId: 'm' });
    expect(map.lanes.every((l) => l.binding === null)).toBe(true);
    expect(lanes[0].alasan).toContain('tidak memiliki Perangkat Daerah');
  });

  it('every template, applied and added with createMap, has no error finding and no LF-06 (only unbound-role warnings)', () => {
    let cur = doc;
    for (const t of TEMPLATES) {
      const { map } = applyTemplate(cur, t.id, { mapId: `m_${t.id}` });
      cur = execute(cur, createMap, { map }).doc;
    }
    const findings = lint(cur, { rules: MAP_RULES });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['LF-05']));
    for (const f of findings) expect(f.message).toContain('belum terikat');
  });
});
