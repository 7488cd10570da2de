// Override one rule's severity for this document; null goes back to what the profile says.
import { SEVERITY_SETTINGS, type SeveritySetting } from '../model';
import { CommandError, defineCommand } from './command';

export interface SetSeverityOverrideArgs {
  ruleId: string;
  severity: SeveritySetting | null;
}

export const SEVERITY_SETTING_LABELS: Record<SeveritySetting, string> = {
  off: 'Nonaktif',
  info: 'Informasi',
  warning: 'Peringatan',
  error: 'Kesalahan',
};

export const setSeverityOverride = defineCommand<SetSeverityOverrideArgs>({
  id: 'document.severity',
  label: ({ ruleId, severity }) =>
    severity === null
      ? `Kembalikan tingkat aturan ${ruleId} ke bawaan profil`
      : `Ubah tingkat aturan ${ruleId} menjadi «${SEVERITY_SETTING_LABELS[severity] ?? severity}»`,
  recipe: (draft, { ruleId, severity }) => {
    if (ruleId.trim() === '') throw new CommandError('Id aturan tidak boleh kosong.');
    if (severity === null) {
      if (ruleId in draft.severityOverrides) delete draft.severityOverrides[ruleId];
      return;
    }
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
      throw new CommandError(`Tingkat «${severity}» tidak dikenal; pilih salah satu: ${SEVERITY_SETTINGS.join(', ')}.`);
    }
    if (draft.severityOverrides[ruleId] !== severity) draft.severityOverrides[ruleId] = severity;
  },
});
