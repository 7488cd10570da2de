// Dialogs that ask before a map element goes: a process with derivative maps (delete them with it, or keep them
// as drafts of their own), a lane that still holds symbols (move them to another lane, or delete them too).
// Each answer is one command, so one undo step.
import { useState } from 'react';
import { removeLane, removeProcess } from '../../commands';
import { derivativeMaps, laneName, mapsAffectedByProcessDelete, type Workspace } from '../../model';
import { Modal } from '../../ui/kit/Modal';
import { useEditor } from '../../editor/context';

export function DeleteProcessDialog({ mapId, processId }: { mapId: string; processId: string }) {
  const editor = useEditor();
  const doc = editor.get().doc as Workspace;
  const map = doc.maps[mapId];
  const process = map?.kind === 'level' ? map.processes.find((p) => p.id === processId) : undefined;
  if (!process) return null;
  const direct = derivativeMaps(doc, mapId, processId);
  const all = mapsAffectedByProcessDelete(doc, mapId, processId).map((id) => doc.maps[id]);
  const remove = (derivatives: 'delete' | 'detach') => {
    if (editor.run(removeProcess, { mapId, processId, derivatives })) editor.selectInMap(null);
    editor.closeDialog();
  };
  const name = `${process.kode ? `${process.kode} ` : ''}${process.nama}`;
  return (
    <Modal title="Hapus proses" onClose={editor.closeDialog}>
      <p>
        Hapus proses <strong>«{name}»</strong> dari peta «{map.title}»?
      </p>
      {all.length > 0 ? (
        <>
          <div className="team-warning" data-testid="delete-process-maps">
            Proses ini memiliki {all.length} peta turunan:
            <ul>
              {all.map((m) => (
                <li key={m.id}>«{m.title}»</li>
              ))}
            </ul>
          </div>
          <p>Apa yang dilakukan dengan peta turunannya?</p>
          <div className="dialog-actions">
            <button className="danger" onClick={() => remove('delete')} data-testid="delete-process-with-maps">
              Hapus beserta {all.length} peta turunan
            </button>
            <button onClick={() => remove('detach')} data-testid="delete-process-keep-maps">
              Simpan {direct.length === 1 ? 'peta turunannya' : `${direct.length} peta turunan`} sebagai draf lepas
            </button>
            <button onClick={editor.closeDialog}>Batal</button>
          </div>
        </>
      ) : (
        <div className="dialog-actions">
          <button className="danger" onClick={() => remove('delete')} data-testid="delete-process-ok">
            Hapus
          </button>
          <button onClick={editor.closeDialog}>Batal</button>
        </div>
      )}
    </Modal>
  );
}

export function DeleteLaneDialog({ mapId, laneId }: { mapId: string; laneId: string }) {
  const editor = useEditor();
  const doc = editor.get().doc as Workspace;
  const map = doc.maps[mapId];
  const lanes = map?.kind === 'lintas-fungsi' ? map.lanes : [];
  const lane = lanes.find((l) => l.id === laneId);
  const others = lanes.filter((l) => l.id !== laneId);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  if (!lane || map?.kind !== 'lintas-fungsi') return null;
  const held = map.nodes.filter((n) => n.laneId === laneId);
  const done = (ok: boolean) => {
    if (ok) editor.selectInMap(null);
    editor.closeDialog();
  };
  return (
    <Modal title="Hapus lajur" onClose={editor.closeDialog}>
      <p>
        Lajur <strong>«{laneName(doc, lane)}»</strong> berisi {held.length} simbol ({held.slice(0, 4).map((n) => n.label || n.type).join(', ')}
        {held.length > 4 ? ', …' : ''}). Ke mana simbolnya?
      </p>
      {others.length > 0 && (
        <p>
          <label>
            Pindahkan ke lajur{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="delete-lane-target">
              {others.map((l) => (
                <option key={l.id} value={l.id}>
                  {laneName(doc, l)}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <div className="dialog-actions">
        {others.length > 0 && (
          <button className="primary" onClick={() => done(editor.run(removeLane, { mapId, laneId, moveNodesTo: target }))} data-testid="delete-lane-move">
            Pindahkan lalu hapus lajur
          </button>
        )}
        <button className="danger" onClick={() => done(editor.run(removeLane, { mapId, laneId, deleteNodes: true }))} data-testid="delete-lane-with-symbols">
          Hapus lajur beserta {held.length} simbol
        </button>
        <button onClick={editor.closeDialog}>Batal</button>
      </div>
    </Modal>
  );
}
