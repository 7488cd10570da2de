// The cross-document checks of the Ruang kerja: each with a workspace where it holds and one where it does not.
import { describe, expect, it } from 'vitest';
import { checkWorkspace, type DocumentExtract } from '../../../src/rules/lintas';
import { LINTAS_01 } from '../../../src/rules/lintas/lintas01';
import { LINTAS_02 } from '../../../src/rules/lintas/lintas02';

const NIP_A = '198001012005011001';
const NIP_B = '198502022010012002';

function doc(docId: string, title: string, extra: Partial<DocumentExtract> = {}): DocumentExtract {
  return { docId, title, instansi: title, people: [], outsideMembers: [], ...extra };
}

describe('LINTAS-01: one NIP holds jabatan in two documents', () => {
  it('legal: every NIP in one document only', () => {
    const docs = [
      doc('d1', 'Dinas Kesehatan', { people: [{ nip: NIP_A, nama: 'Ani', positionId: 'p1', jabatan: 'Analis' }] }),
      doc('d2', 'Dinas Pendidikan', { people: [{ nip: NIP_B, nama: 'Budi', positionId: 'p2', jabatan: 'Guru' }] }),
    ];
    expect(LINTAS_01.check(docs)).toEqual([]);
  });
  it('illegal: the same NIP (spaced differently) in two documents, both places named', () => {
    const docs = [
      doc('d1', 'Dinas Kesehatan', { people: [{ nip: NIP_A, nama: 'Ani', positionId: 'p1', jabatan: 'Analis' }] }),
      doc('d2', 'Dinas Pendidikan', { people: [{ nip: '19800101 200501 1 001', nama: 'Ani', positionId: 'p9', jabatan: 'Pengawas Sekolah' }] }),
    ];
    const [f] = LINTAS_01.check(docs);
    expect(f.ruleId).toBe('LINTAS-01');
    expect(f.message).toContain('«Analis» di «Dinas Kesehatan»');
    expect(f.message).toContain('«Pengawas Sekolah» di «Dinas Pendidikan»');
    expect(f.places).toEqual([
      { docId: 'd1', subjectId: 'p1' },
      { docId: 'd2', subjectId: 'p9' },
    ]);
  });
});

describe('LINTAS-02: a lintas-PD team member must be found in the PD document', () => {
  const holder = doc('d2', 'Dinas Pendidikan', { people: [{ nip: NIP_B, nama: 'Budi Santoso', positionId: 'p2', jabatan: 'Analis Kebijakan' }] });
  const member = (nip: string, nama: string, instansi = 'Dinas Pendidikan') => ({ teamId: 't1', team: 'Tim Stunting', nama, nip, instansi });

  it('legal: the member is the pemangku with that NIP and name; a member from a PD not in the workspace is left alone', () => {
    const docs = [doc('d1', 'Dinas Kesehatan', { outsideMembers: [member(NIP_B, 'Budi Santoso'), member('', 'Citra', 'Dinas Sosial')] }), holder];
    expect(LINTAS_02.check(docs)).toEqual([]);
  });
  it('illegal: the NIP is there under another name', () => {
    const docs = [doc('d1', 'Dinas Kesehatan', { outsideMembers: [member(NIP_B, 'Bambang')] }), holder];
    const [f] = LINTAS_02.check(docs);
    expect(f.message).toContain('tercatat dengan nama «Budi Santoso»');
    expect(f.places[0]).toEqual({ docId: 'd1', subjectId: 't1' });
  });
  it('illegal: a member said to come from a PD of the workspace is not a pemangku there', () => {
    const docs = [doc('d1', 'Dinas Kesehatan', { outsideMembers: [member(NIP_A, 'Ani')] }), holder];
    const [f] = LINTAS_02.check(docs);
    expect(f.message).toContain('tidak tercatat sebagai pemangku di «Dinas Pendidikan»');
  });
  it('checkWorkspace runs both rules', () => {
    const docs = [
      doc('d1', 'Dinas Kesehatan', { outsideMembers: [member(NIP_A, 'Ani')], people: [{ nip: NIP_B, nama: 'Budi Santoso', positionId: 'p7', jabatan: 'Perawat' }] }),
      holder,
    ];
    expect(checkWorkspace(docs).map((f) => f.ruleId).sort()).toEqual(['LINTAS-01', 'LINTAS-02']);
  });
});
