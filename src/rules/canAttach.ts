// canAttach: the hard check asked while dragging a position over a possible superior (diagram-js' canDrop).
// It evaluates only the rules that judge that one pair — never a full lint: O(depth of the superior chain) plus
// the superior's direct subordinates, with the memoised structure index of the (unchanged while dragging) doc.
import { structureIndex, wouldCreateCycle, type Workspace } from '../model';
import { collector, isActive, makeContext, settingsOf, type LintOptions } from './engine';
import { ked04 } from './ked/ked04';
import { crossingMessage, ked10 } from './ked/ked10';
import { describe } from './ked/common';
import { SEVERITY_ORDER, type Finding } from './types';

export type AttachVerdict = 'ok' | 'warn' | 'refuse';

export interface AttachAnswer {
  verdict: AttachVerdict;
  ruleId?: string;
  /** for 'warn': the severity the finding will have after the drop (error or warning), so the tip has its colour */
  severity?: 'error' | 'warning';
  /** Bahasa Indonesia, ready for a tooltip */
  message: string;
  citation?: string;
}

export function canAttach(
  doc: Workspace,
  subordinateId: string,
  superiorId: string,
  options: LintOptions = {},
): AttachAnswer {
  const sub = doc.positions[subordinateId];
  const sup = doc.positions[superiorId];
  if (!sub || !sup) {
    return { verdict: 'refuse', message: 'Jabatan yang dipindahkan atau calon atasannya tidak ada dalam dokumen.' };
  }
  const settings = settingsOf(doc, options);

  // Refusals hold whatever the profile says: the commands refuse these placements too.
  if (sub.id === sup.id || wouldCreateCycle(doc, sub.id, sup.id)) {
    return {
      verdict: 'refuse',
      ruleId: ked04.id,
      message:
        sub.id === sup.id
          ? `${describe(sub)} tidak dapat menjadi atasan dirinya sendiri.`
          : `${describe(sub)} tidak dapat ditempatkan di bawah ${describe(sup)}, karena ${describe(sup)} berada ` +
            `di bawah ${describe(sub)}: garisnya akan membentuk lingkaran.`,
      citation: ked04.citation[settings.profileId],
    };
  }
  const ctx = makeContext(doc, structureIndex(doc), settings);
  const crossing = crossingMessage(ctx, sub, sup);
  if (crossing) {
    return { verdict: 'refuse', ruleId: ked10.id, message: crossing, citation: ked10.citation[settings.profileId] };
  }

  let worst: Finding | undefined;
  for (const rule of settings.rules) {
    if (!rule.placement || rule === ked10 || !isActive(rule, doc, settings)) continue;
    const found: Finding[] = [];
    try {
      rule.placement(ctx, sub, sup, collector(rule, doc, settings, found));
    } catch {
      continue; // a broken rule must not break dragging; the lint reports it as rule-error
    }
    for (const f of found) {
      if (f.severity === 'info') continue;
      if (!worst || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst.severity]) worst = f;
    }
  }
  if (worst) {
    const severity = worst.severity === 'error' ? 'error' : 'warning';
    return { verdict: 'warn', ruleId: worst.ruleId, severity, message: worst.message, citation: worst.citation };
  }
  return { verdict: 'ok', message: `${describe(sub)} dapat ditempatkan di bawah ${describe(sup)}.` };
}
