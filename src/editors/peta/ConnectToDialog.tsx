// «Hubungkan ke…» (issue 20 item 5): the keyboard way to draw an arrow — pick the target from a list. Used by the
// lintas fungsi map (symbols) and the peta relasi (boxes); opened with H or from the element's actions menu.
// The Modal takes focus and gives it back on close.
import { useState } from 'react';
import type { LfNode } from '../../model';
import { Modal } from '../../ui/kit/Modal';

const TYPE_LABEL: Record<LfNode['type'], string> = { terminator: 'Terminator', activity: 'Kegiatan', decision: 'Keputusan', connector: 'Penghubung' };

/** How a symbol is named to the user: its kind and its label (Mulai/Selesai for an unnamed terminator). */
export function symbolName(n: LfNode): string {
  const label = n.label || (n.type === 'terminator' ? (n.peran === 'mulai' ? 'Mulai' : 'Selesai') : '');
  return label ? `${TYPE_LABEL[n.type]} «${label}»` : TYPE_LABEL[n.type];
}

export interface ConnectTarget {
  id: string;
  name: string;
}

export function ConnectToDialog({ sourceName, targets, noun, onConnect, onClose }: { sourceName: string; targets: ConnectTarget[]; noun: string; onConnect: (targetId: string) => void; onClose: () => void }) {
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  return (
    <Modal title={`Hubungkan ${sourceName} ke…`} onClose={onClose}>
      {targets.length === 0 ? (
        <p>Belum ada {noun} lain di peta ini.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (target) onConnect(target);
          }}
        >
          <label>
            {noun[0].toUpperCase() + noun.slice(1)} tujuan
            <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="connect-target" autoFocus>
              {targets.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
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
