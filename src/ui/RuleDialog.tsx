import { useEffect, useState } from 'react';
import type { ProfileId } from '../model';
import { catalogEntry, ruleById } from '../rules';
import { quoteCitation, type CitationQuotes } from '../rules/quote';
import { REGULATIONS } from '../rules/regulations';
import type { Rule } from '../rules/types';
import { loadRegulationText } from './regulationText';
import { useStore } from '../editor/createStore';
import { Modal } from './kit/Modal';
import { guideHref } from './help';
import { useEditor } from '../editor/context';

/**
 * The short page of a rule: what it checks, the clause, examples, and how profiles differ. It reads the same
 * catalog entry (src/rules/catalog.ts) and clause quotes (rules/quote.ts) that `npm run docs` writes to docs/aturan.md.
 */
export function RuleDialog({ ruleId }: { ruleId: string }) {
  const editor = useEditor();
  const profileId = useStore(editor, (s) => s.doc?.profileId ?? 'nasional');
  const rule = ruleById(ruleId);
  if (!rule) {
    return (
      <Modal title={ruleId} onClose={editor.closeDialog}>
        <p>Aturan ini tidak dikenal.</p>
      </Modal>
    );
  }
  const entry = catalogEntry(rule);
  const active = entry.profiles.find((p) => p.profileId === profileId);
  return (
    <Modal title={`${entry.id} — ${entry.title}`} onClose={editor.closeDialog} wide>
      <div className="rule-doc" data-testid="rule-doc">
        <p>{entry.description}</p>
        <ClauseText rule={rule} profileId={profileId} />
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

/**
 * "Bunyi ketentuan" in the words of the active profile's own regulation, quoted from its text. The national profile
 * has no text here (PermenPANRB 7/2022 is not among the shipped texts): it shows the example of a regional
 * regulation that carries the same rule, labelled with that regulation's name.
 */
function ClauseText({ rule, profileId }: { rule: Rule; profileId: ProfileId }) {
  const regulation = REGULATIONS[profileId];
  const clause = rule.citation[profileId].slice(regulation.short.length + 2);
  const [quotes, setQuotes] = useState<{ key: string; value: CitationQuotes | null } | null>(null);
  const key = `${rule.id}|${profileId}`;
  useEffect(() => {
    if (!regulation.seedFile) return;
    let live = true;
    void loadRegulationText(regulation.seedFile).then((text) => {
      if (live) setQuotes({ key, value: text ? quoteCitation(text, clause) : null });
    });
    return () => {
      live = false;
    };
  }, [key, regulation.seedFile, clause]);

  if (!regulation.seedFile) {
    return (
      <>
        <h3>Bunyi ketentuan</h3>
        <p className="muted" data-testid="clause-note">
          Naskah {regulation.short} tidak termuat di aplikasi ini. Ketentuan yang sama dalam peraturan daerah, sebagai
          contoh:
        </p>
        <blockquote data-testid="clause-quote">{rule.docs.clause}</blockquote>
      </>
    );
  }
  const current = quotes?.key === key ? quotes.value : undefined;
  return (
    <>
      <h3>Bunyi ketentuan — {regulation.short}</h3>
      {current === undefined ? (
        <p className="muted">Memuat naskah peraturan…</p>
      ) : current && current.quotes.length ? (
        <>
          {current.quotes.map((q) => (
            <blockquote key={q.ref} data-testid="clause-quote">
              <strong>{q.ref}:</strong> “{q.text}”
            </blockquote>
          ))}
          {current.lampiran && <p className="muted">Sebagian ketentuan ada di Lampiran, yang tidak dikutip di sini.</p>}
        </>
      ) : (
        <p className="muted" data-testid="clause-note">
          {current?.lampiran
            ? `Ketentuan ini ada di Lampiran ${regulation.short} (${clause}); uraian lampiran tidak dikutip di sini.`
            : `Bunyi ${clause} tidak ditemukan dalam salinan naskah ${regulation.short}; lihat naskah aslinya.`}
        </p>
      )}
    </>
  );
}
