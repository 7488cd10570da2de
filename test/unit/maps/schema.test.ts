// The map part of the document schema: defaults, the discriminated union, and a save/open round trip.
import { describe, expect, it } from 'vitest';
import { ProcessMapSchema, restore, RestoreError, restoreFromText, WorkspaceSchema, type LevelMap } from '../../../src/model';
import { mapFixture } from './fixture';

describe('ProcessMapSchema', () => {
  it('fills every default from { id, kind, title }, as documents with maps: {} and the placeholder expect', () => {
    expect(ProcessMapSchema.parse({ id: 'm', kind: 'level', title: 'L' })).toEqual({
      id: 'm',
      kind: 'level',
      title: 'L',
      ownerUnitId: null,
      parent: null,
      meta: { status: 'draf', skNomor: '', skTanggal: null, tahun: null, revisi: 0 },
      level: 1,
      processes: [],
      stakeholders: [],
    });
    expect(ProcessMapSchema.parse({ id: 'm', kind: 'lintas-fungsi', title: 'L' })).toMatchObject({ orientation: 'columns', lanes: [], nodes: [], arrows: [] });
  });

  it('keeps codes as text and refuses a numeric code rather than coerce it', () => {
    const ok = ProcessMapSchema.parse({ id: 'm', kind: 'level', title: 'L', processes: [{ id: 'p', kode: '1.10', nama: 'P' }] }) as LevelMap;
    expect(ok.processes[0].kode).toBe('1.10');
    expect(ProcessMapSchema.safeParse({ id: 'm', kind: 'level', title: 'L', processes: [{ id: 'p', kode: 1.1, nama: 'P' }] }).success).toBe(false);
  });

  it('refuses an unknown kind, node type or lane binding', () => {
    expect(ProcessMapSchema.safeParse({ id: 'm', kind: 'bpmn', title: 'L' }).success).toBe(false);
    expect(ProcessMapSchema.safeParse({ id: 'm', kind: 'lintas-fungsi', title: 'L', nodes: [{ id: 'n', type: 'gateway' }] }).success).toBe(false);
    expect(
      ProcessMapSchema.safeParse({ id: 'm', kind: 'lintas-fungsi', title: 'L', lanes: [{ id: 'l', binding: { kind: 'jabatan', id: 'x' } }] }).success,
    ).toBe(false);
  });

  it('survives save and open (JSON, restore) unchanged', () => {
    const doc = mapFixture();
    const { doc: opened, notices } = restoreFromText(JSON.stringify(doc));
    expect(notices).toEqual([]);
    expect(opened).toEqual(doc);
    expect(WorkspaceSchema.parse(opened).maps.m_lf.kind).toBe('lintas-fungsi');
  });

  it('restore refuses a document whose map is not a map, naming it', () => {
    const raw = JSON.parse(JSON.stringify(mapFixture()));
    raw.maps.m_lf.kind = 'entah';
    expect(() => restore(raw)).toThrow(RestoreError);
    try {
      restore(raw);
    } catch (e) {
      expect((e as RestoreError).problems.join('\n')).toContain('maps › m_lf');
    }
  });
});
