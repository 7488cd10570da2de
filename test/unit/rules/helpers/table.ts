// DOMAIN.md §4 severity table, transcribed by hand (columns N, BJM, PLG, PP, BJR, SRG), so the rules' own tables
// are checked against the contract rather than against themselves.
import type { ProfileId, Workspace } from '../../../../src/model';
import type { Finding, Rule, Severity } from '../../../../src/rules';
import { verifyRule } from './verifyRule';

export const PROFILE_ORDER: ProfileId[] = [
  'nasional',
  'banjarmasin-147-2023',
  'palembang-30-2023',
  'padang-panjang-48-2024',
  'banjar-39-2024',
  'serang-23-2023',
];

export const DOMAIN_TABLE: Record<string, string> = {
  'KED-01': 'E E E E E E',
  'KED-02': 'E E E E E E',
  'KED-03': 'E E E E E E',
  'KED-04': 'E E E E E E',
  'KED-05': 'W W E – E W',
  'KED-06': '– – – – E –',
  'KED-07': 'I I I I I I',
  'KED-08': 'E/W E/W E/W E/W E/W E/W',
  'KED-09': 'I I I I I I',
  'KED-10': 'E E E E E E',
  // §8.3: the JAB data checks are informational under every profile
  'JAB-01': 'I I I I I I',
  'JAB-02': 'I I I I I I',
  'JAB-03': 'I I I I I I',
  'JAB-04': 'I I I I I I',
};

const LETTER: Record<string, Severity | 'off'> = { E: 'error', W: 'warning', I: 'info', '–': 'off' };

/** The table's severity for a rule and profile; for "E/W" the first (the rule's ceiling). */
export function domainSeverity(ruleId: string, profile: ProfileId): Severity | 'off' {
  const cell = DOMAIN_TABLE[ruleId].split(' ')[PROFILE_ORDER.indexOf(profile)];
  return LETTER[cell.split('/')[0]];
}

export interface Cases {
  valid: Workspace[];
  /** expectations without severity get the table's severity for each profile */
  invalid: { doc: Workspace; expect: Partial<Finding>[]; name?: string }[];
}

/** verifyRule for every profile: the table's severity where on, nothing at all where off. */
export function acrossProfiles(rule: Rule, cases: Cases, profiles: ProfileId[] = PROFILE_ORDER): void {
  for (const profile of profiles) {
    const severity = domainSeverity(rule.id, profile);
    if (severity === 'off') {
      verifyRule(rule, { profile, valid: [...cases.valid, ...cases.invalid.map((c) => c.doc)], invalid: [] });
    } else {
      verifyRule(rule, {
        profile,
        valid: cases.valid,
        invalid: cases.invalid.map((c) => ({ ...c, expect: c.expect.map((e) => ({ severity, ...e })) })),
      });
    }
  }
}
