import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/commands/compareDocuments';
import { createReviewDesk, ghostsOf } from '../../../src/editor/reviewDesk';
import { PREFERENCES_KEY } from '../../../src/io/storage/preferences';
import { stackItemPoint } from '../../../src/layout/geometry';
import { baruSameDocument, lama } from '../compare/fixture';

function memoryPrefs(refuse = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

describe("the reviewer's desk", () => {
  it('remembers the reviewer name in the browser preferences and reads it back in a new desk', () => {
    const prefs = memoryPrefs();
    const desk = createReviewDesk(prefs);
    expect(desk.get().reviewerName).toBe('');
    expect(desk.setReviewerName('  Rina — Bagian Organisasi  ')).toBe(true);
    expect(desk.get().reviewerName).toBe('Rina — Bagian Organisasi');
    expect(JSON.parse(prefs.items.get(PREFERENCES_KEY)!).reviewerName).toBe('Rina — Bagian Organisasi');
    expect(createReviewDesk(prefs).get().reviewerName).toBe('Rina — Bagian Organisasi');
  });

  it('keeps the name for the session when the browser refuses to store it', () => {
    const desk = createReviewDesk(memoryPrefs(true));
    expect(desk.setReviewerName('Budi')).toBe(false);
    expect(desk.get().reviewerName).toBe('Budi');
  });

  it('opens the panel narrowed to one element, and back to all notes', () => {
    const desk = createReviewDesk(null);
    desk.openPanel('p_kadis');
    expect(desk.get()).toMatchObject({ panelOpen: true, subjectId: 'p_kadis' });
    desk.openPanel();
    expect(desk.get().subjectId).toBeNull();
    desk.closePanel();
    expect(desk.get().panelOpen).toBe(false);
  });

  it('draws a comparison: status of each new box, removed jabatan as ghosts where they stood', () => {
    const a = lama();
    a.positions.p_kasubbag = { ...a.positions.p_kasubbag, placement: { x: 100, y: 300 } };
    const b = baruSameDocument();
    const cmp = compareDocuments(a, b);
    const desk = createReviewDesk(null);
    desk.showComparison('versi lama', a, b, cmp);
    const overlay = desk.get().overlay!;
    expect(overlay.status.get('p_prakom')).toBe('added');
    expect(overlay.status.get('p_analis')).toBe('moved');
    expect(overlay.status.get('p_kasi_ptk')).toBe('changed');
    expect(overlay.status.has('p_kadis')).toBe(false);
    // Pengelola Arsip was the second of the stack under Kepala Sub Bagian Umum
    expect(overlay.ghosts).toEqual([{ position: a.positions.p_arsip, at: stackItemPoint({ x: 100, y: 300 }, 1), stacked: true }]);
    desk.clearComparison();
    expect(desk.get().overlay).toBeNull();
  });

  it('a removed box with no placement has no ghost (nothing to stand on); a placed free box stands at its placement', () => {
    const a = lama();
    const b = baruSameDocument();
    expect(ghostsOf(a, compareDocuments(a, b))).toEqual([]);
    a.positions.p_kabid_smp = { ...a.positions.p_kabid_smp, placement: { x: 40, y: 80 } };
    delete b.positions.p_kabid_smp;
    b.positions.p_analis = { ...b.positions.p_analis, superiorId: 'p_kabid_sd' };
    const ghosts = ghostsOf(a, compareDocuments(a, b));
    expect(ghosts.map((g) => [g.position.id, g.at, g.stacked])).toEqual([['p_kabid_smp', { x: 40, y: 80 }, false]]);
  });
});
