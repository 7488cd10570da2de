// The left column of the Tim Kerja view: the teams of the document with their scope and finding count; create,
// open (edit), duplicate, delete. Each entry is also a drop target for boxes dragged out of the structure.
import { useMemo } from 'react';
import { TEAM_SCOPE_LABELS, structureIndex, teamScope, type TeamScope } from '../../model';
import { useStore } from '../../editor/createStore';
import { createNewTeam, duplicateTeamAndOpen, openTeam } from './teamActions';
import { TEAM_DROP_ATTR } from '../../editor/teamHighlight';
import { SCOPE_SHORT, findingsByTeam, sortedTeams } from '../../editor/teamViewModel';
import './teams.css';
import { useEditor } from '../../editor/context';
import { NoteBadge } from '../reviu/NoteBadge';

const SEVERITY_WORD = { error: 'galat', warning: 'peringatan', info: 'info' } as const;

export function TeamsPanel() {
  const editor = useEditor();
  const teams = useStore(editor, (s) => s.doc!.teams);
  const positions = useStore(editor, (s) => s.doc!.positions);
  const units = useStore(editor, (s) => s.doc!.units);
  const activeTeamId = useStore(editor, (s) => s.activeTeamId);
  const findings = useStore(editor.findings, (s) => s.findings);
  const dropTeamId = useStore(editor.teamDrop, (s) => s.teamId);

  const list = useMemo(() => {
    const pdOf = structureIndex({ positions, units }).perangkatDaerahOf;
    return sortedTeams({ teams }).map((team) => ({ team, scope: teamScope({ positions, units }, team, pdOf) }));
  }, [teams, positions, units]);
  const counts = useMemo(() => findingsByTeam(findings, teams), [findings, teams]);

  return (
    <nav className="teams-panel" aria-label="Daftar Tim Kerja" data-testid="teams-panel">
      <div className="teams-panel-head">
        <h2>Tim Kerja</h2>
        <button className="primary" onClick={() => createNewTeam(editor)} data-testid="team-new">
          + Tim baru
        </button>
      </div>
      <p className="palette-hint">
        Pilih tim untuk mengubahnya. Seret kotak jabatan dari struktur ke sebuah tim untuk menambahkannya sebagai anggota.
      </p>
      {list.length === 0 && (
        <p className="muted small" data-testid="teams-empty">
          Belum ada Tim Kerja dalam dokumen ini. Buat tim baru, lalu tambahkan anggotanya dari struktur.
        </p>
      )}
      <ul className="team-list">
        {list.map(({ team, scope }) => {
          const f = counts.get(team.id);
          const active = team.id === activeTeamId;
          return (
            <li
              key={team.id}
              className={['team-item', active ? 'active' : '', dropTeamId === team.id ? 'drop-hover' : ''].join(' ')}
              {...{ [TEAM_DROP_ATTR]: team.id }}
              data-testid="team-item"
            >
              <button
                className="team-entry"
                onClick={() => openTeam(editor, team.id)}
                aria-current={active ? 'true' : undefined}
                data-testid="team-entry"
              >
                <span className="team-entry-name">
                  {team.nama || '(tanpa nama)'} <NoteBadge id={team.id} passive />
                </span>
                <span className="team-entry-meta">
                  <ScopeBadge scope={scope} />
                  <span>{team.members.length} anggota</span>
                  {f && (
                    <span className={`team-findings tf-${f.worst}`} title={`${f.count} temuan, terberat: ${SEVERITY_WORD[f.worst]}`} data-testid="team-finding-count">
                      {f.count} temuan
                    </span>
                  )}
                </span>
                {dropTeamId === team.id && <span className="team-drop-note">Lepaskan untuk menambahkan sebagai Anggota</span>}
              </button>
              <span className="team-item-actions">
                <button onClick={() => duplicateTeamAndOpen(editor, team.id)} title="Gandakan tim (tanpa instrumen penetapan)" data-testid="team-duplicate">
                  Gandakan
                </button>
                <button onClick={() => editor.openDialog({ type: 'deleteTeam', teamId: team.id })} title="Hapus tim" data-testid="team-delete">
                  Hapus
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function ScopeBadge({ scope, long = false }: { scope: TeamScope | null; long?: boolean }) {
  if (scope === null) {
    return (
      <span className="scope-badge scope-unknown" title="Lingkup belum dapat ditentukan: pilih unit pemilik kinerja" data-testid="scope-badge">
        lingkup belum diketahui
      </span>
    );
  }
  return (
    <span className={`scope-badge scope-${scope}`} title={TEAM_SCOPE_LABELS[scope]} data-testid="scope-badge" data-scope={scope}>
      {long ? TEAM_SCOPE_LABELS[scope] : SCOPE_SHORT[scope]}
    </span>
  );
}
