import { catalogEntry, ruleById } from '../rules';
import { useStore } from '../editor/createStore';
import { Modal } from './kit/Modal';
import { closeDialog } from '../editor/editorStore';
import { editor } from '../editor/editorStore';
import { guideHref } from './help';

/**
 * The short page of a rule: what it checks, the clause, examples, and how profiles differ. It reads the same
 * catalog entry (src/rules/catalog.ts) that `npm run docs` writes to docs/aturan.md.
 */
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
  const entry = catalogEntry(rule);
  const active = entry.profiles.find((p) => p.profileId === profileId);
  return (
    <Modal title={`${entry.id} — ${entry.title}`} onClose={closeDialog} wide>
      <div className="rule-doc" data-testid="rule-doc">
        <p>{entry.description}</p>
        <h3>Bunyi ketentuan</h3>
        <blockquote>{entry.clause}</blockquote>
        <p className="muted">Sumber pada profil aktif: {active?.citation}</p>
        <h3>Contoh yang sesuai</h3>
        <p>{entry.legalExample}</p>
        <h3>Contoh yang melanggar</h3>
        <p>{entry.illegalExample}</p>
        <h3>Tingkat per profil</h3>
        <table>
          <tbody>
            {entry.profiles.map((p) => (
              <tr key={p.profileId} className={p.profileId === profileId ? 'current' : ''}>
                <td>{p.label}</td>
                <td>{p.severityText}</td>
                <td className="muted">{p.citation}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={guideHref('aturan', entry.anchor)} target="_blank" rel="noopener" data-testid="rule-doc-catalog">
            Contoh lengkap di katalog aturan
          </a>
        </p>
      </div>
    </Modal>
  );
}
