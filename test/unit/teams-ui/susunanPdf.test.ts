// The Daftar Susunan Keanggotaan Tim drawn as a PDF with jsPDF (src/ui/teams/susunanPdf.ts).
import { describe, expect, it } from 'vitest';
import { daftarSusunan } from '../../../src/io/teams';
import { TeamSchema, type Workspace } from '../../../src/model';
import { createDinasContoh } from '../../../src/samples/dinasContoh';
import { pdfSafe, susunanToPdf, SUSUNAN_COLUMN_WIDTHS } from '../../../src/io/teams/susunanPdf';

function withTeam(memberIds: string[]): Workspace {
  const doc = createDinasContoh();
  doc.teams.t = TeamSchema.parse({
    id: 't',
    nama: 'Tim Satu Data (Uji)',
    ownerUnitId: 'unit_bidang_aptika',
    penanggungjawabId: 'jab_1',
    mulai: '2026-01-01',
    members: memberIds.map((positionId, i) => ({ id: `m${i}`, role: i === 0 ? 'ketua' : 'anggota', positionId })),
  });
  return doc;
}

describe('pdfSafe', () => {
  it('keeps Latin-1 and turns typographic marks the standard fonts lack into plain ones', () => {
    expect(pdfSafe('«Ahli» é … – — ‘a’ “b”')).toBe('«Ahli» é ... - - \'a\' "b"');
    expect(pdfSafe('✓ 𝔸')).toBe('? ?');
  });
});

describe('susunanToPdf', () => {
  it('fits the columns to the A4 text width', () => {
    expect(SUSUNAN_COLUMN_WIDTHS.reduce((a, b) => a + b, 0)).toBe(210 - 25 - 20);
  });

  it('draws the title, the year, the five headings and a row per person as real text on one A4 page', () => {
    const doc = withTeam(['jab_1_3_1', 'jab_1_3_4', 'jab_1_3_5']);
    const pdf = susunanToPdf(daftarSusunan(doc, 't'));
    expect(pdf.getNumberOfPages()).toBe(1);
    expect(pdf.internal.pageSize.getWidth()).toBeCloseTo(210, 0);
    const out = pdf.output();
    // headings wrap inside their cells as in the printed form
    for (const text of ['(NO.)', '(NAMA)', '(KEDUDUKAN)', '(DALAM TIM)', '(INSTANSI/)', '(PERANGKAT)', '(JABATAN)', '(TAHUN 2026)']) {
      expect(out).toContain(text);
    }
    expect(out).toContain('(Penanggungjawab)');
    expect(out).toContain('(Ketua)');
    expect(out).toContain('(Taufik Hidayat, S.Kom.)');
    expect(out).toContain('(NIP. 198708172011011008)');
    // a position without holder data is a dotted blank to fill in by hand
    expect(out).toMatch(/\(\.{10,}\)/);
    expect(out).not.toContain('Halaman');
  });

  it('breaks a long list over pages, repeats the headings and numbers the pages', () => {
    const doc = createDinasContoh();
    const ids = Object.keys(doc.positions).filter((id) => id !== 'jab_1');
    const big = withTeam(ids);
    const pdf = susunanToPdf(daftarSusunan(big, 't'));
    const pages = pdf.getNumberOfPages();
    expect(pages).toBeGreaterThan(1);
    const out = pdf.output();
    expect(out.split('(KEDUDUKAN)').length - 1).toBe(pages);
    expect(out).toContain(`(Halaman ${pages} dari ${pages})`);
  });
});
