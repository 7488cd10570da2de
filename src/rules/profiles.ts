// The six region profiles (DOMAIN.md §3) as data. Severities come from the rules' own per-profile tables, so the
// catalogue has one source; a profile adds its regulation, seed text and thresholds.
import { PROFILE_IDS, PROFILE_LABELS, type ProfileId, type Workspace } from '../model';
import { RULES } from './registry';
import { REGULATIONS } from './regulations';
import type { Rule, Severity, SeverityOrOff, Thresholds } from './types';

export interface Profile {
  id: ProfileId;
  /** short name used in citations, e.g. "Perbup Banjar 39/2024" */
  name: string;
  /** what the profile picker shows */
  label: string;
  /** full title of the regulation */
  regulation: string;
  /** the regulation text in the repository (docs/regulations/…); null for the national profile */
  seedFile: string | null;
  /** rule id → severity under this profile */
  severities: Readonly<Record<string, SeverityOrOff>>;
  thresholds: Readonly<Thresholds>;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ maxRentangKendali: 25 });

function severitiesFor(id: ProfileId, rules: readonly Rule[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const r of rules) out[r.id] = r.defaultSeverity[id];
  return out;
}

export const PROFILES: Readonly<Record<ProfileId, Profile>> = Object.freeze(
  Object.fromEntries(
    PROFILE_IDS.map((id): [ProfileId, Profile] => [
      id,
      Object.freeze({
        id,
        name: REGULATIONS[id].short,
        label: PROFILE_LABELS[id],
        regulation: REGULATIONS[id].title,
        seedFile: REGULATIONS[id].seedFile,
        severities: Object.freeze(severitiesFor(id, RULES)),
        thresholds: DEFAULT_THRESHOLDS,
      }),
    ]),
  ) as Record<ProfileId, Profile>,
);

const LESS_SEVERE: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The rule's setting for a document: the document's override, else the profile's default. */
export function configuredSeverity(
  rule: Rule,
  profileId: ProfileId,
  overrides: Workspace['severityOverrides'],
): SeverityOrOff {
  return overrides[rule.id] ?? rule.defaultSeverity[profileId];
}

/**
 * The severity a finding comes out with, or null when the rule is off. Without an override the profile's
 * severity is a ceiling for a rule that asks for a lower one (KED-08's "no head" warning); an override is the
 * user's decision for every finding of the rule.
 */
export function findingSeverity(
  rule: Rule,
  profileId: ProfileId,
  overrides: Workspace['severityOverrides'],
  requested: Severity | undefined,
): Severity | null {
  const override = overrides[rule.id];
  if (override !== undefined) return override === 'off' ? null : override;
  const base = rule.defaultSeverity[profileId];
  if (base === 'off') return null;
  if (requested === undefined) return base;
  return LESS_SEVERE[requested] < LESS_SEVERE[base] ? requested : base;
}
