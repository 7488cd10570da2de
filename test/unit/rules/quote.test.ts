// Rule dialogs quote the active profile's own regulation: the extractor over the shipped texts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../../src/model';
import { RULES, ruleById } from '../../../src/rules/registry';
import { quoteCitation, withoutRemarks } from '../../../src/rules/quote';
import { REGULATIONS, cite } from '../../../src/rules/regulations';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const text = (id: ProfileId) => readFileSync(ROOT + REGULATIONS[id].seedFile!, 'utf8');
const clauseOf = (ruleId: string, id: ProfileId) => ruleById(ruleId)!.citation[id].slice(REGULATIONS[id].short.length + 2);

describe('quoteCitation', () => {
  it('KED-02 under Serang quotes Serang Pasal 5 ayat (3) and (4), not Banjarmasin', () => {
    const q = quoteCitation(text('serang-23-2023'), clauseOf('KED-02', 'serang-23-2023'));
    expect(q.quotes.map((x) => x.ref)).toEqual(['Pasal 5 ayat (3)', 'Pasal 5 ayat (4)']);
    expect(q.quotes[1].text).toMatch(/^\(4\) Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu Unit Organisasi/);
    expect(q.quotes.map((x) => x.text).join(' ')).not.toMatch(/unit kerja mandiri/);
  });

  it('reads unmarked, wrapped ayat (Banjar) and does not split at a wrapped "(2)" reference', () => {
    const q = quoteCitation(text('banjar-39-2024'), 'Pasal 9 ayat (3)');
    expect(q.quotes[0].text).toMatch(/^\(3\) Penugasan dalam tim kerja sebagaimana dimaksud pada ayat \(2\) yang anggotanya/);
    expect(q.quotes[0].text).toMatch(/diwajibkan berasal dari Unit Organisasi pemilik kinerja\.$/);
  });

  it('quotes a definition (angka) and a lettered item (huruf b angka 2)', () => {
    expect(quoteCitation(text('banjar-39-2024'), 'Pasal 1 angka 21').quotes[0].text).toMatch(/^21\. Unit Organisasi adalah/);
    const q = quoteCitation(text('serang-23-2023'), 'Pasal 6 huruf b angka 2');
    expect(q.quotes[0].text).toMatch(/Pejabat Administrator sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Pengawas/);
  });

  it('a conversion stub ("(3) Ketua...") gives way to the full ayat', () => {
    const q = quoteCitation(text('palembang-30-2023'), 'Pasal 11 ayat (3)');
    expect(q.quotes[0].text).toMatch(/^\(3\) Ketua tim kerja sebagaimana dimaksud pada ayat \(1\) huruf a, dapat berasal dari/);
  });

  it('says when the citation names a Lampiran, and quotes nothing made up', () => {
    expect(quoteCitation(text('banjarmasin-147-2023'), 'Lampiran I huruf b angka 3')).toEqual({ quotes: [], lampiran: true });
    expect(quoteCitation(text('serang-23-2023'), 'Pasal 99 ayat (1)').quotes).toEqual([]);
  });

  it('every Pasal citation of every rule under every regional profile is found in its own text, except headings lost in conversion', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      for (const id of Object.keys(REGULATIONS) as ProfileId[]) {
        if (!REGULATIONS[id].seedFile) continue;
        const clause = clauseOf(rule.id, id);
        const main = withoutRemarks(clause).split(';')[0];
        if (!/Pasal/.test(main)) continue;
        const q = quoteCitation(text(id), clause);
        if (!q.quotes.length) missing.push(`${id} ${main}`);
        const flat = text(id).replace(/\s+/g, '');
        for (const x of q.quotes) {
          const words = x.text.replace(/^(\(\d+\)|\d+\.)\s*/, '').slice(0, 30).replace(/\s+/g, '');
          if (!flat.includes(words)) missing.push(`${id} ${x.ref}: not in the text`);
        }
      }
    }
    // What the converted texts lost: Padang Panjang's "Pasal 16"/"Pasal 17" headings, the text of Banjar's Pasal 1
    // angka 11 and the marker of its Pasal 7 ayat (4). The dialog says so instead of quoting.
    expect([...new Set(missing)].sort()).toEqual([
      'banjar-39-2024 Pasal 1 angka 11',
      'banjar-39-2024 Pasal 7 ayat (4) dan Lampiran huruf A',
      'padang-panjang-48-2024 Pasal 17 ayat (4)',
      'padang-panjang-48-2024 Pasal 17 ayat (4) huruf a',
      'padang-panjang-48-2024 Pasal 17 ayat (4) huruf b',
      'padang-panjang-48-2024 Pasal 17 ayat (4) huruf c',
    ]);
  });
});

describe('national citations', () => {
  it('name the regional articles that share the rule, leaving out regions that do not regulate it', () => {
    const ked05 = ruleById('KED-05')!.citation.nasional;
    expect(ked05).toMatch(/^PermenPANRB 7\/2022, pola kedudukan Pelaksana; sama dengan /);
    expect(ked05).toContain('Perwali Palembang 30/2023 Pasal 6 ayat (4)');
    expect(ked05).toContain('Perwali Serang 23/2023 Pasal 6 huruf b angka 2');
    expect(ked05).not.toContain('Padang Panjang'); // "tidak mengatur pola kedudukan Pelaksana"
    expect(ruleById('KED-06')!.citation.nasional).not.toContain('sama dengan');
    const c = cite({
      nasional: 'x',
      'banjarmasin-147-2023': 'Pasal 1 (catatan panjang; dengan titik koma)',
      'palembang-30-2023': 'tidak mengatur',
      'padang-panjang-48-2024': 'Pasal 2',
      'banjar-39-2024': 'Pasal 3; PermenPANRB 25/2021',
      'serang-23-2023': 'Pasal 4',
    });
    expect(c.nasional).toBe(
      'PermenPANRB 7/2022, x; sama dengan Perwali Banjarmasin 147/2023 Pasal 1, Perwali Padang Panjang 48/2024 Pasal 2, Perbup Banjar 39/2024 Pasal 3, Perwali Serang 23/2023 Pasal 4',
    );
  });
});
