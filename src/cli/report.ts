// Output of `validate`: the JSON object of DOMAIN.md §8.2, or a readable report in Bahasa Indonesia.
import { PROFILE_LABELS, type ProfileId, type Workspace } from '../model';
import type { Finding, Severity } from '../rules/types';
import { escapeControl as esc } from './escape';

export interface ValidationOutcome {
  file: string;
  source: 'json' | 'csv' | 'xlsx';
  doc: Workspace;
  profile: ProfileId;
  /** subjects already in the form the user knows (kode for a CSV/XLSX) */
  findings: Finding[];
  notices: string[];
}

const ORDER: Severity[] = ['error', 'warning', 'info'];
const HEADING: Record<Severity, string> = { error: 'KESALAHAN', warning: 'PERINGATAN', info: 'INFO' };
const NOUN: Record<Severity, string> = { error: 'kesalahan', warning: 'peringatan', info: 'info' };

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function toJson(outcome: ValidationOutcome): string {
  return JSON.stringify({
    profile: outcome.profile,
    findings: outcome.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      subjects: f.subjects,
      message: f.message,
      citation: f.citation,
    })),
  });
}

/** The readable report; every piece of document text in it passes through escapeControl. */
export function toText(outcome: ValidationOutcome): string {
  const { doc, findings } = outcome;
  const counts = countBySeverity(findings);
  const lines: string[] = [
    `Validasi «${esc(outcome.file)}»`,
    `Profil: ${PROFILE_LABELS[outcome.profile]} (${outcome.profile})`,
    `Isi: ${Object.keys(doc.positions).length} jabatan dalam ${Object.keys(doc.units).length} unit`,
  ];
  if (outcome.notices.length) {
    lines.push('', 'Catatan saat membaca berkas:');
    for (const n of outcome.notices) lines.push(`  - ${esc(n)}`);
  }
  const subjectLabel = outcome.source === 'json' ? 'Elemen' : 'Kode';
  for (const severity of ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', `${HEADING[severity]} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${esc(f.ruleId)}  ${esc(f.message)}`);
      if (f.subjects.length) lines.push(`          ${subjectLabel}: ${f.subjects.map(esc).join(', ')}`);
      if (f.citation) lines.push(`          Dasar: ${esc(f.citation)}`);
    }
  }
  lines.push(
    '',
    findings.length === 0
      ? 'Tidak ada temuan.'
      : `Temuan: ${ORDER.map((s) => `${counts[s]} ${NOUN[s]}`).join(', ')}.`,
  );
  return lines.join('\n');
}
