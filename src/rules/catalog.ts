// The rule catalog as data, from the rules' own metadata: what the in-app rule page shows and what `npm run docs`
// writes to docs/aturan.md. One source, so the page in the app and the handbook cannot say different things.
import { PROFILE_IDS, PROFILE_LABELS, type ProfileId } from '../model';
import { REGULATIONS } from './regulations';
import { RULES } from './registry';
import type { Rule, SeverityOrOff } from './types';

export const SEVERITY_TEXT: Record<SeverityOrOff, string> = {
  error: 'Galat',
  warning: 'Peringatan',
  info: 'Info',
  off: 'Tidak diperiksa',
};

export interface RuleFamily {
  prefix: string;
  title: string;
}

/** Catalog order of the rule families (rule ids start with the prefix). */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  { prefix: 'KED', title: 'Struktur dan kedudukan' },
  { prefix: 'JAB', title: 'Data peta jabatan' },
  { prefix: 'TIM', title: 'Tim Kerja' },
  { prefix: 'PETA', title: 'Peta proses bisnis' },
  { prefix: 'LF', title: 'Peta lintas fungsi' },
  { prefix: 'REL', title: 'Peta relasi' },
];

export interface ProfileLine {
  profileId: ProfileId;
  /** what the profile picker shows */
  label: string;
  /** short name of the profile's regulation */
  regulation: string;
  severity: SeverityOrOff;
  severityText: string;
  citation: string;
}

export interface CatalogEntry {
  id: string;
  title: string;
  description: string;
  family: RuleFamily;
  /** the regulation text the rule encodes, quoted */
  clause: string;
  legalExample: string;
  illegalExample: string;
  profiles: ProfileLine[];
  /** heading anchor of the rule's section in docs/aturan.md */
  anchor: string;
}

export function familyOf(ruleId: string): RuleFamily {
  const prefix = ruleId.split('-')[0];
  return RULE_FAMILIES.find((f) => f.prefix === prefix) ?? { prefix, title: prefix };
}

/** The heading anchor of a rule in docs/aturan.md ("KED-05 — …" → "ked-05"), set explicitly there. */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase();
}

export function catalogEntry(rule: Rule): CatalogEntry {
  return {
    id: rule.id,
    title: rule.title,
    description: rule.description,
    family: familyOf(rule.id),
    clause: rule.docs.clause,
    legalExample: rule.docs.legalExample,
    illegalExample: rule.docs.illegalExample,
    profiles: PROFILE_IDS.map((profileId) => ({
      profileId,
      label: PROFILE_LABELS[profileId],
      regulation: REGULATIONS[profileId].short,
      severity: rule.defaultSeverity[profileId],
      severityText: SEVERITY_TEXT[rule.defaultSeverity[profileId]],
      citation: rule.citation[profileId],
    })),
    anchor: ruleAnchor(rule.id),
  };
}

/** Every rule, in catalog order. */
export function ruleCatalog(rules: readonly Rule[] = RULES): CatalogEntry[] {
  return rules.map(catalogEntry);
}
