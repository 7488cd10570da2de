// "Penugasan tim" on a position (struktur properties): the teams it is a member of, with role, period and whether
// the assignment runs today, and the teams that name it as Penanggungjawab or another official. A click opens the team.
import { useMemo } from 'react';
import {
  CARA_LABELS,
  TEAM_POSITION_FIELD_LABELS,
  TEAM_ROLE_LABELS,
  assignmentsOf,
  formatTanggal,
  teamsAffectedBy,
  type Period,
  type Workspace,
} from '../../model';
import { openTeam } from './teamActions';
import { assignmentState, todayIso, type AssignmentState } from '../../editor/teamViewModel';
import { useEditor } from '../../editor/context';

const STATE_LABEL: Record<AssignmentState, string> = { aktif: '', 'belum-mulai': 'belum mulai', selesai: 'sudah berakhir' };

function periodText({ mulai, selesai }: Period): string {
  if (mulai === null && selesai === null) return 'periode belum ditentukan';
  return `${mulai ? formatTanggal(mulai) : '…'} – ${selesai ? formatTanggal(selesai) : '…'}`;
}

export function TeamAssignments({ doc, positionId }: { doc: Workspace; positionId: string }) {
  const editor = useEditor();
  const members = useMemo(() => assignmentsOf(doc, positionId), [doc.teams, positionId]);
  const officials = useMemo(
    () => teamsAffectedBy(doc, [positionId]).filter((a) => a.fields.length > 0),
    [doc.teams, positionId],
  );
  if (members.length === 0 && officials.length === 0) return null;
  const today = todayIso();
  return (
    <section aria-label="Penugasan tim" data-testid="assignments">
      <h3>Penugasan tim</h3>
      <ul className="assignments">
        {members.map((a) => {
          const state = assignmentState(a.period, today);
          return (
            <li key={`${a.team.id}:${a.member.id}`}>
              <button className={state === 'aktif' ? '' : 'as-ended'} onClick={() => openTeam(editor, a.team.id)} title="Buka tim" data-testid="assignment">
                <span className="as-role">{TEAM_ROLE_LABELS[a.role]}</span> {a.team.nama}
                <span className="as-period">
                  {periodText(a.period)} · {CARA_LABELS[a.cara]}
                  {STATE_LABEL[state] ? ` · ${STATE_LABEL[state]}` : ''}
                </span>
              </button>
            </li>
          );
        })}
        {officials.map((a) => (
          <li key={`${a.team.id}:fields`}>
            <button onClick={() => openTeam(editor, a.team.id)} title="Buka tim" data-testid="assignment">
              <span className="as-role">{a.fields.map((f) => TEAM_POSITION_FIELD_LABELS[f]).join(', ')}</span> {a.team.nama}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
