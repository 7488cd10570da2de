// «Hubungkan ke…» (issue 20 item 5): the keyboard way to draw an arrow — pick the target symbol from a list.
// Opened with H on a focused or selected symbol; the Modal takes focus and gives it back on close.
import { useState } from 'react';
import type { LfNode, LintasFungsiMap } from '../../model';
import { Modal } from '../../ui/kit/Modal';

const TYPE_LABEL: Record<LfNode['type'], string> = { terminator: 'Terminator', activity: 'Kegiatan', decision: 'Keputusan', connector: 'Penghubung' };

/** How a symbol is named to the user: its kind and its label (Mulai/Selesai for an unnamed terminator). */
export function symbolName(n: LfNode): string {
  const label = n.label || (n.type === 'terminator' ? (n.peran === 'mulai' ? 'Mulai' : 'Selesai') : '');
  return label ? `${TYPE_LABEL[n.type]} «${label}»` : TYPE_LABEL[n.type];
}

export function ConnectToDialog({ map, sourceId, onConnect, onClose }: { map: LintasFungsiMap; sourceId: string; onConnect: (targetId: string) => void; onClose: () => void }) {
  const source = map.nodes.find((n) => n.id === sourceId);
  const targets = map.nodes.filter((n) => n.id !== sourceId);
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  if (!source) return null;
  return (
    <Modal title={`Hubungkan ${symbolName(source)} ke…`} onClose={onClose}>
      {targets.length === 0 ? (
        <p>Belum ada simbol lain di peta ini.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (target) onConnect(target);
          }}
        >
          <label>
            Simbol tujuan
            <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="connect-target" autoFocus>
              {targets.map((n) => (
                <option key={n.id} value={n.id}>
                  {symbolName(n)}
                </option>
              ))}
            </select>
          </label>
          <div className="dialog-actions">
            <button type="submit" className="primary" data-testid="connect-confirm">
              Hubungkan
            </button>
            <button type="button" onClick={onClose}>
              Batal
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
