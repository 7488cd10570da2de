import { useMemo, useState } from 'react';
import { ruleById } from '../rules';
import type { Finding, Severity } from '../rules/types';
import { useStore } from '../editor/createStore';
import { openTeam } from '../editors/tim/teamActions';
import { useEditor } from '../editor/context';

const GROUPS: { severity: Severity; label: string }[] = [
  { severity: 'error', label: 'Galat' },
  { severity: 'warning', label: 'Peringatan' },
  { severity: 'info', label: 'Info' },
];

export function FindingsPanel() {
  const editor = useEditor();
  const findings = useStore(editor.findings, (s) => s.findings);
  const [open, setOpen] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: false });
  const grouped = useMemo(() => {
    const out = new Map<Severity, Map<string, Finding[]>>();
    for (const f of findings) {
      const bySev = out.get(f.severity) ?? new Map<string, Finding[]>();
      out.set(f.severity, bySev);
      const list = bySev.get(f.ruleId) ?? [];
      bySev.set(f.ruleId, list);
      list.push(f);
    }
    return out;
  }, [findings]);

  return (
    <section className="panel findings" aria-label="Temuan aturan" data-testid="findings">
      <h2>Temuan</h2>
      {findings.length === 0 && <p className="muted">Tidak ada temuan untuk profil aturan ini.</p>}
      {GROUPS.map(({ severity, label }) => {
        const byRule = grouped.get(severity);
        if (!byRule) return null;
        const total = [...byRule.values()].reduce((n, l) => n + l.length, 0);
        return (
          <div key={severity} className={`fgroup fgroup-${severity}`}>
            <button className="fgroup-head" onClick={() => setOpen({ ...open, [severity]: !open[severity] })} aria-expanded={open[severity]}>
              {open[severity] ? '▾' : '▸'} {label} ({total})
            </button>
            {open[severity] &&
              [...byRule.entries()].map(([ruleId, list]) => (
                <div key={ruleId} className="frule">
                  <div className="frule-head">
                    <button className="linklike" onClick={() => editor.openDialog({ type: 'rule', ruleId })} title="Penjelasan aturan">
                      {ruleId}
                    </button>{' '}
                    {ruleTitle(ruleId)} ({list.length})
                  </div>
                  <ul>
                    {list.slice(0, 200).map((f, i) => (
                      <li key={i}>
                        <button
                          className="finding"
                          data-testid="finding"
                          data-rule={f.ruleId}
                          onClick={() => {
                            const id = f.subjects[0];
                            if (!id) return;
                            // a process-map finding names its map last: open the map and select the element
                            if (editor.openMapFinding(f.subjects)) return;
                            // a team finding opens the team; one about a member also selects the member's box
                            const teamId = f.subjects.find((s) => editor.get().doc?.teams[s]);
                            if (teamId) openTeam(editor, teamId);
                            if (editor.get().doc?.positions[id]) {
                              editor.revealAncestors(id);
                              editor.focusOn(id);
                            }
                          }}
                        >
                          <span className="finding-msg">{f.message}</span>
                          <span className="finding-cite">{f.citation}</span>
                        </button>
                      </li>
                    ))}
                    {list.length > 200 && <li className="muted">… dan {list.length - 200} lainnya</li>}
                  </ul>
                </div>
              ))}
          </div>
        );
      })}
    </section>
  );
}

function ruleTitle(ruleId: string): string {
  return ruleById(ruleId)?.title ?? '';
}
