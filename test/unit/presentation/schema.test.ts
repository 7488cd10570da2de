// The presentation sequence in the document: optional, so files written before it existed open unchanged; saved
// and opened again it is the same; a broken sequence is dropped with a notice and the rest of the document opens.
import { describe, expect, it } from 'vitest';
import { addPresentationStep, execute } from '../../../src/commands';
import { restore } from '../../../src/model';
import { presentationSteps } from '../../../src/model/presentation';
import { mapFixture } from '../maps/fixture';

const OLD_FILE = {
  format: 'petakerja',
  version: 2,
  id: 'doc_lama',
  units: { u1: { id: 'u1', nama: 'Dinas', isPerangkatDaerah: true, tipePd: 'dinas' } },
  positions: { p1: { id: 'p1', nama: 'Kepala Dinas', kind: 'jpt-pratama', unitId: 'u1' } },
};

describe('presentation in the document', () => {
  it('a file written before presentation mode opens with no notice and no steps', () => {
    const { doc, notices } = restore(OLD_FILE);
    expect(notices).toEqual([]);
    expect(doc.presentation).toBeUndefined();
    expect(presentationSteps(doc)).toEqual([]);
  });

  it('a sequence survives saving and opening, defaults filled', () => {
    let doc = mapFixture();
    doc = execute(doc, addPresentationStep, { step: { id: 's1', kind: 'struktur', rootId: 'p_kadis' } }).doc;
    doc = execute(doc, addPresentationStep, { step: { id: 's2', kind: 'map', mapId: 'm_lf', title: 'SOP', region: { x: 1, y: 2, width: 3, height: 4 } } }).doc;
    const reopened = restore(JSON.parse(JSON.stringify(doc)));
    expect(reopened.notices).toEqual([]);
    expect(reopened.doc).toEqual(doc);
    expect(presentationSteps(reopened.doc)[0]).toEqual({ id: 's1', title: '', kind: 'struktur', rootId: 'p_kadis', region: null });
  });

  it('a broken sequence (unknown kind, bad region, not a list) is dropped with a notice; the document opens', () => {
    for (const presentation of [
      { steps: [{ id: 's', kind: 'slide' }] },
      { steps: [{ id: 's', kind: 'struktur', region: { x: 0, y: 0, width: -5, height: 1 } }] },
      { steps: 'semua' },
      'urutan',
    ]) {
      const { doc, notices } = restore({ ...OLD_FILE, presentation });
      expect(doc.presentation).toBeUndefined();
      expect(doc.positions.p1.nama).toBe('Kepala Dinas');
      expect(notices).toEqual([expect.stringMatching(/^Urutan presentasi dalam berkas ini rusak/)]);
    }
  });
});
