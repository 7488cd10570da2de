import { dependantsOf, deletePositions } from '../../commands/deletePositions';
import { descendantsOf, mapsBoundTo, structureIndex, teamsAffectedBy } from '../../model';
import { Modal } from '../../ui/kit/Modal';
import { describeAffected } from '../../editor/teamViewModel';
import { useEditor } from '../../editor/context';

/** Deleting asks what happens to the subordinates when there are any; nothing is left dangling either way. */
export function DeleteDialog({ ids }: { ids: string[] }) {
  const editor = useEditor();
  const doc = editor.get().doc!;
  const existing = ids.filter((id) => doc.positions[id]);
  const dependants = dependantsOf(doc, existing);
  const names = existing.map((id) => doc.positions[id].nama);
  // Team memberships and team fields naming a deleted position are cleared by the command: say which, before.
  const direct = teamsAffectedBy(doc, existing);
  const teams = describeAffected(direct);
  const index = structureIndex(doc);
  const subtree = dependants.length ? existing.flatMap((id) => descendantsOf(index, id).map((d) => d.id)) : [];
  const listed = new Set(direct.map((a) => a.team.id));
  const subtreeTeams = describeAffected(teamsAffectedBy(doc, subtree).filter((a) => !listed.has(a.team.id)));
  // Lanes and subproses steps naming a deleted position keep the reference; the map rules report it afterwards.
  const boundMaps = mapsBoundTo(doc, existing);
  const remove = (mode: 'reattach' | 'delete-subtree') => {
    if (editor.run(deletePositions, { ids: existing, dependants: mode })) editor.select([]);
    editor.closeDialog();
  };
  return (
    <Modal title="Hapus jabatan" onClose={editor.closeDialog}>
      <p>
        Hapus <strong>{names.length === 1 ? `«${names[0]}»` : `${names.length} jabatan`}</strong>?
      </p>
      {teams.length > 0 && (
        <div className="team-warning" data-testid="delete-teams">
          Tercatat dalam Tim Kerja — akan dikeluarkan dari tim:
          <ul>
            {teams.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      {boundMaps.length > 0 && (
        <div className="team-warning" data-testid="delete-maps">
          Dipakai pada peta proses bisnis (lajur pelaksana atau pejabat pengampu) — peta ini akan kehilangan pelaksananya:
          <ul>
            {boundMaps.map((m) => (
              <li key={m.mapId}>«{m.title}»</li>
            ))}
          </ul>
        </div>
      )}
      {subtreeTeams.length > 0 && (
        <p className="team-warning" data-testid="delete-subtree-teams">
          Bila seluruh bawahan ikut dihapus, juga dikeluarkan dari: {subtreeTeams.join(', ')}.
        </p>
      )}
      {dependants.length > 0 ? (
        <>
          <p>
            Ada {dependants.length} jabatan langsung di bawahnya ({dependants.slice(0, 4).map((d) => d.nama).join(', ')}
            {dependants.length > 4 ? ', …' : ''}). Apa yang dilakukan dengan mereka?
          </p>
          <div className="dialog-actions">
            <button className="primary" onClick={() => remove('reattach')} data-testid="delete-reattach" autoFocus>
              Pindahkan ke atasan jabatan yang dihapus
            </button>
            <button className="danger" onClick={() => remove('delete-subtree')} data-testid="delete-subtree">
              Hapus seluruh bawahan juga
            </button>
            <button onClick={editor.closeDialog}>Batal</button>
          </div>
        </>
      ) : (
        <div className="dialog-actions">
          <button className="danger" onClick={() => remove('reattach')} data-testid="delete-confirm" autoFocus>
            Hapus
          </button>
          <button onClick={editor.closeDialog}>Batal</button>
        </div>
      )}
      <p className="muted small">Penghapusan dapat dibatalkan dengan Ctrl+Z.</p>
    </Modal>
  );
}
