// What a presentation step shows (view, zoom target, caption, findings), the step made from the current view, and
// the presenter's keys — all pure, worked out from the document.
import { describe, expect, it } from 'vitest';
import { deleteTeam, execute } from '../../../src/commands';
import type { PresentationStep } from '../../../src/model';
import type { Finding } from '../../../src/rules/types';
import {
  counterText,
  findingsForStep,
  presenterCommand,
  resolveStep,
  stepFromView,
  stepIndexAfter,
  type CurrentView,
} from '../../../src/ui/presentation/steps';
import { mapFixture } from '../maps/fixture';

const doc = mapFixture();
const region = { x: -100, y: 40, width: 1200, height: 700 };

describe('resolveStep', () => {
  it('a subtree: the structure zoomed to the root and everything under it, named after the root', () => {
    const r = resolveStep(doc, { id: 's', title: '', kind: 'struktur', rootId: 'p_kabid_aptika', region: null });
    expect(r.view).toBe('struktur');
    expect(r.target).toEqual({ kind: 'nodes', ids: ['p_kabid_aptika', 'p_pranata_muda', 'p_kasi_infra', 'p_pranata_pertama', 'p_teknisi'] });
    expect(r.caption).toBe('Struktur di bawah «Kepala Bidang Aplikasi Informatika»');
    expect(r.missing).toBeNull();
  });

  it('a region of the structure, or all of it; the trainer’s title is the caption', () => {
    expect(resolveStep(doc, { id: 's', title: 'Bagian atas', kind: 'struktur', rootId: null, region })).toMatchObject({
      view: 'struktur',
      target: { kind: 'region', region },
      caption: 'Bagian atas',
      subjects: null,
    });
    expect(resolveStep(doc, { id: 's', title: '  ', kind: 'struktur', rootId: null, region: null })).toMatchObject({
      target: { kind: 'all' },
      caption: 'Seluruh struktur',
    });
  });

  it('a team: the Tim Kerja view with the team open, zoomed to its members and Penanggungjawab', () => {
    const r = resolveStep(doc, { id: 's', title: '', kind: 'team', teamId: 't_sip' });
    expect(r).toMatchObject({ view: 'tim', activeTeamId: 't_sip', activeMapId: null, caption: 'Tim Kerja «Tim Sistem Informasi Pelayanan»' });
    expect(r.target.kind === 'nodes' && [...r.target.ids].sort()).toEqual(['p_kadis', 'p_pranata_humas', 'p_pranata_muda', 'p_pranata_pertama']);
  });

  it('a map: the Peta view with the map open; a region only on a lintas fungsi canvas', () => {
    expect(resolveStep(doc, { id: 's', title: '', kind: 'map', mapId: 'm_lf', region })).toMatchObject({
      view: 'peta',
      activeMapId: 'm_lf',
      target: { kind: 'region', region },
    });
    expect(resolveStep(doc, { id: 's', title: '', kind: 'map', mapId: 'm_l1', region: null })).toMatchObject({
      view: 'peta',
      activeMapId: 'm_l1',
      target: { kind: 'none' },
      caption: 'Peta «Peta Level 1 Dinas Kominfo»',
    });
  });

  it('a step whose team, map or root position was deleted shows the whole structure and says why', () => {
    const gone = execute(doc, deleteTeam, { id: 't_sip' }).doc;
    expect(resolveStep(gone, { id: 's', title: 'Tim', kind: 'team', teamId: 't_sip' })).toMatchObject({
      view: 'struktur',
      target: { kind: 'all' },
      caption: 'Tim',
      missing: 'Tim Kerja tampilan ini sudah dihapus.',
    });
    expect(resolveStep(doc, { id: 's', title: '', kind: 'map', mapId: 'm_nope', region: null }).missing).toBe('Peta tampilan ini sudah dihapus.');
    expect(resolveStep(doc, { id: 's', title: '', kind: 'struktur', rootId: 'p_nope', region: null }).missing).toMatch(/sudah dihapus/);
  });
});

describe('findingsForStep', () => {
  const f = (ruleId: string, subjects: string[]): Finding => ({ ruleId, severity: 'warning', subjects, message: ruleId, citation: '' });
  const findings = [f('KED-05', ['p_teknisi', 'p_kasi_infra']), f('KED-09', ['p_kabid_ikp']), f('TIM-02', ['t_sip']), f('LF-03', ['n1', 'm_lf'])];

  it('keeps the findings about the subtree, the team or the map', () => {
    const ids = (step: PresentationStep) => findingsForStep(doc, findings, resolveStep(doc, step)).map((x) => x.ruleId);
    expect(ids({ id: 's', title: '', kind: 'struktur', rootId: 'p_kabid_aptika', region: null })).toEqual(['KED-05']);
    expect(ids({ id: 's', title: '', kind: 'team', teamId: 't_sip' })).toEqual(['TIM-02']);
    expect(ids({ id: 's', title: '', kind: 'map', mapId: 'm_lf', region: null })).toEqual(['LF-03']);
    expect(ids({ id: 's', title: '', kind: 'struktur', rootId: null, region: null })).toEqual(['KED-05', 'KED-09']);
  });
});

describe('stepFromView', () => {
  const view = (v: Partial<CurrentView>): CurrentView => ({ view: 'struktur', activeTeamId: null, activeMapId: null, selection: [], ...v });

  it('one selected position gives its subtree; no selection the visible region; several the region too', () => {
    expect(stepFromView(doc, view({ selection: ['p_kasi_infra'] }), region, 'x')).toEqual({ id: 'x', title: '', kind: 'struktur', rootId: 'p_kasi_infra', region: null });
    expect(stepFromView(doc, view({}), region, 'x')).toEqual({ id: 'x', title: '', kind: 'struktur', rootId: null, region });
    expect(stepFromView(doc, view({ selection: ['p_kadis', 'p_teknisi'] }), null, 'x')).toMatchObject({ rootId: null, region: null });
  });

  it('the Tim Kerja view gives the open team; the Peta view the open map, with its region on a lintas fungsi canvas', () => {
    expect(stepFromView(doc, view({ view: 'tim', activeTeamId: 't_sip' }), region, 'x')).toEqual({ id: 'x', title: '', kind: 'team', teamId: 't_sip' });
    expect(stepFromView(doc, view({ view: 'peta', activeMapId: 'm_lf' }), region, 'x')).toEqual({ id: 'x', title: '', kind: 'map', mapId: 'm_lf', region });
    expect(stepFromView(doc, view({ view: 'peta', activeMapId: 'm_l1' }), region, 'x')).toMatchObject({ mapId: 'm_l1', region: null });
  });

  it('says what to open first when the Tim Kerja or Peta view shows nothing', () => {
    expect(stepFromView(doc, view({ view: 'tim' }), region, 'x')).toBe('Pilih Tim Kerja yang akan ditampilkan lebih dulu.');
    expect(stepFromView(doc, view({ view: 'peta', activeMapId: 'm_nope' }), region, 'x')).toBe('Buka peta yang akan ditampilkan lebih dulu.');
  });
});

describe('stepping', () => {
  it('moves forward and back inside the sequence, never past its ends', () => {
    expect(stepIndexAfter(0, 3, 'next')).toBe(1);
    expect(stepIndexAfter(2, 3, 'next')).toBe(2);
    expect(stepIndexAfter(1, 3, 'previous')).toBe(0);
    expect(stepIndexAfter(0, 3, 'previous')).toBe(0);
    expect(stepIndexAfter(1, 3, 'last')).toBe(2);
    expect(stepIndexAfter(2, 3, 'first')).toBe(0);
    expect(stepIndexAfter(0, 1, 'next')).toBe(0);
    expect(counterText(2, 7)).toBe('3 / 7');
  });

  it('reads the keyboard and a clicker (PageDown/PageUp); editing keys and modified keys are not presenter keys', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(presenterCommand(key, false)).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(presenterCommand(key, false)).toBe('previous');
    expect(presenterCommand('Escape', false)).toBe('exit');
    expect(presenterCommand('h', false)).toBe('highlighter');
    expect(presenterCommand('F', false)).toBe('findings');
    expect(presenterCommand('b', false)).toBe('blank');
    expect(presenterCommand('Delete', false)).toBeNull();
    expect(presenterCommand('z', false)).toBeNull();
    expect(presenterCommand('ArrowRight', true)).toBeNull();
  });
});
