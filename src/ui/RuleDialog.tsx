import { PROFILE_IDS, PROFILE_LABELS } from '../model';
import { ruleById } from '../rules';
import { useStore } from '../editor/createStore';
import { Modal } from './kit/Modal';
import { closeDialog } from '../editor/editorStore';
import { editor } from '../editor/editorStore';

const SEVERITY_TEXT = { error: 'Galat', warning: 'Peringatan', info: 'Info', off: 'Tidak diperiksa' } as const;

/** The short page of a rule: what it checks, the clause, examples, and how profiles differ. */
export function RuleDialog({ ruleId }: { ruleId: string }) {
  const profileId = useStore(editor, (s) => s.doc?.profileId ?? 'nasional');
  const rule = ruleById(ruleId);
  if (!rule) {
    return (
      <Modal title={ruleId} onClose={closeDialog}>
        <p>Aturan ini tidak dikenal.</p>
      </Modal>
    );
  }
  return (
    <Modal title={`${rule.id} — ${rule.title}`} onClose={closeDialog} wide>
      <div className="rule-doc" data-testid="rule-doc">
        <p>{rule.description}</p>
        <h3>Bunyi ketentuan</h3>
        <blockquote>{rule.docs.clause}</blockquote>
        <p className="muted">Sumber pada profil aktif: {rule.citation[profileId]}</p>
        <h3>Contoh yang sesuai</h3>
        <p>{rule.docs.legalExample}</p>
        <h3>Contoh yang melanggar</h3>
        <p>{rule.docs.illegalExample}</p>
        <h3>Tingkat per profil</h3>
        <table>
          <tbody>
            {PROFILE_IDS.map((id) => (
              <tr key={id} className={id === profileId ? 'current' : ''}>
                <td>{PROFILE_LABELS[id]}</td>
                <td>{SEVERITY_TEXT[rule.defaultSeverity[id]]}</td>
                <td className="muted">{rule.citation[id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Modal>
  );
}
