import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../../../src/model';
import { DEFAULT_THRESHOLDS, PROFILES, RULES, ruleById } from '../../../src/rules';
import { domainSeverity, PROFILE_ORDER } from './helpers/table';

// DOMAIN.md §3, transcribed; the seed texts are carried in the repository under docs/regulations/ (named by profile)
const REGULATION_NAMES: Record<string, { short: string; seed: string | null }> = {
  nasional: { short: 'PermenPANRB 7/2022', seed: null },
  'banjarmasin-147-2023': { short: 'Perwali Banjarmasin 147/2023', seed: 'docs/regulations/banjarmasin-147-2023.txt' },
  'palembang-30-2023': { short: 'Perwali Palembang 30/2023', seed: 'docs/regulations/palembang-30-2023.txt' },
  'padang-panjang-48-2024': { short: 'Perwali Padang Panjang 48/2024', seed: 'docs/regulations/padang-panjang-48-2024.txt' },
  'banjar-39-2024': { short: 'Perbup Banjar 39/2024', seed: 'docs/regulations/banjar-39-2024.txt' },
  'serang-23-2023': { short: 'Perwali Serang 23/2023', seed: 'docs/regulations/serang-23-2023.txt' },
};

describe('profiles', () => {
  it('are the six profiles of DOMAIN §3 with their regulation and seed file', () => {
    expect(Object.keys(PROFILES).sort()).toEqual([...PROFILE_IDS].sort());
    expect(PROFILE_ORDER.slice().sort()).toEqual([...PROFILE_IDS].sort());
    for (const id of PROFILE_IDS) {
      const p = PROFILES[id];
      expect(p.id).toBe(id);
      expect(p.name).toBe(REGULATION_NAMES[id].short);
      expect(p.seedFile).toBe(REGULATION_NAMES[id].seed);
      if (p.seedFile) {
        // the text is in the repository and is the regulation the profile names ("NOMOR 147 TAHUN 2023")
        const [, nomor, tahun] = p.name.match(/ (\d+)\/(\d{4})$/) ?? [];
        expect(readFileSync(p.seedFile, 'utf8').replace(/\s+/g, ' ')).toMatch(new RegExp(`NOMOR ${nomor} TAHUN ${tahun}`, 'i'));
      }
      expect(p.regulation).toMatch(/^Peraturan (Menteri|Wali Kota|Bupati) /);
      expect(p.thresholds).toEqual({ maxRentangKendali: 25 });
    }
    expect(DEFAULT_THRESHOLDS.maxRentangKendali).toBe(25);
  });

  it('give every KED rule the severity of the DOMAIN §4 table', () => {
    for (const rule of RULES.filter((r) => r.id.startsWith('KED-'))) {
      for (const id of PROFILE_IDS) {
        expect(rule.defaultSeverity[id], `${rule.id} ${id}`).toBe(domainSeverity(rule.id, id));
        expect(PROFILES[id].severities[rule.id]).toBe(domainSeverity(rule.id, id));
      }
    }
    expect(RULES.map((r) => r.id).filter((id) => id.startsWith('KED-'))).toEqual([
      'KED-01', 'KED-02', 'KED-03', 'KED-04', 'KED-05', 'KED-06', 'KED-07', 'KED-08', 'KED-09', 'KED-10',
    ]);
  });
});

describe('rule metadata', () => {
  it('cites, for every profile, that profile\'s own regulation with a Pasal or Lampiran', () => {
    for (const rule of RULES) {
      for (const id of PROFILE_IDS) {
        const citation = rule.citation[id];
        expect(citation.startsWith(`${REGULATION_NAMES[id].short}, `), `${rule.id} ${id}: ${citation}`).toBe(true);
        // the JAB data checks are not from the regulations (DOMAIN.md §8.3): they cite the data's integrity instead
        if (rule.id.startsWith('JAB-')) expect(citation, `${rule.id} ${id}`).toContain('integritas data peta jabatan');
        else if (rule.defaultSeverity[id] !== 'off' && id !== 'nasional') {
          expect(citation, `${rule.id} ${id}`).toMatch(/Pasal \d|Lampiran/);
        }
      }
    }
  });

  it('has unique ids, Indonesian titles, a quoted clause and examples; ruleById finds each', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.docs.clause).toMatch(/"/);
      expect(rule.docs.legalExample.length).toBeGreaterThan(5);
      expect(rule.docs.illegalExample.length).toBeGreaterThan(5);
      expect(ruleById(rule.id)).toBe(rule);
    }
    expect(ruleById('KED-99')).toBeUndefined();
  });
});
