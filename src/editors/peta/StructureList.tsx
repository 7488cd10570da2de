// A searchable list of the structure (positions, units, Tim Kerja) to drag onto a lintas fungsi map: each drop
// makes a lane bound to it. "+" does the same without dragging; a named outside party gets a lane too. On a peta
// relasi the list offers units only (a relasi box stands for a unit): a drop or "+" makes a unit box.
import { useMemo, useState, type DragEvent } from 'react';
import { addLane } from '../../commands';
import type { LaneBinding } from '../../model';
import { newId } from '../../model/ids';
import { useStore } from '../../editor/createStore';
import { addRelasiBox } from './relasiBoxes';
import type { Editor } from '../../editor/types';
import { useEditor } from '../../editor/context';

export const LANE_MIME = 'application/x-petakerja-lane';

export function addBoundLane(editor: Editor, mapId: string, binding: LaneBinding, label: string): boolean {
  return editor.run(addLane, { mapId, lane: { id: newId('lane'), label, binding, size: 260 } });
}

interface Item {
  key: string;
  label: string;
  hint: string;
  binding: LaneBinding;
}

export function StructureList() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const mapId = useStore(editor, (s) => s.activeMapId);
  const [q, setQ] = useState('');
  const [luar, setLuar] = useState('');
  const relasi = useStore(editor, (s) => (s.activeMapId ? s.doc?.maps[s.activeMapId]?.kind === 'relasi' : false));
  const items = useMemo<Item[]>(() => {
    if (!doc) return [];
    const out: Item[] = [];
    for (const p of Object.values(doc.positions)) {
      out.push({ key: p.id, label: p.nama, hint: doc.units[p.unitId]?.nama ?? '', binding: { kind: 'position', id: p.id, boundAs: null } });
    }
    for (const u of Object.values(doc.units)) out.push({ key: u.id, label: u.nama, hint: 'Unit', binding: { kind: 'unit', id: u.id } });
    for (const t of Object.values(doc.teams)) out.push({ key: t.id, label: t.nama, hint: 'Tim Kerja', binding: { kind: 'team', id: t.id } });
    return out;
  }, [doc]);
  if (!doc || !mapId) return null;
  const needle = q.trim().toLowerCase();
  const offered = relasi ? items.filter((i) => i.binding.kind === 'unit') : items;
  const shown = (needle ? offered.filter((i) => (i.label + ' ' + i.hint).toLowerCase().includes(needle)) : offered).slice(0, 60);
  const onDragStart = (e: DragEvent, item: Item) => {
    e.dataTransfer.setData(LANE_MIME, JSON.stringify({ binding: item.binding, label: item.label }));
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <section className="peta-structure" aria-label={relasi ? 'Unit untuk kotak relasi' : 'Struktur untuk lajur'} data-testid="peta-structure">
      <h3>{relasi ? 'Kotak dari struktur' : 'Lajur dari struktur'}</h3>
      <p className="muted">{relasi ? 'Seret unit ke peta untuk membuat kotaknya.' : 'Seret jabatan ke peta untuk membuat lajurnya.'}</p>
      <input type="search" placeholder={relasi ? 'Cari unit…' : 'Cari jabatan, unit, tim…'} value={q} onChange={(e) => setQ(e.target.value)} aria-label="Cari jabatan" data-testid="peta-structure-search" />
      <ul>
        {shown.map((i) => (
          <li key={i.key} draggable onDragStart={(e) => onDragStart(e, i)} data-testid="peta-structure-item" title={i.hint}>
            <span className="peta-structure-name">{i.label}</span>
            <span className="muted peta-structure-hint">{i.hint}</span>
            <button
              className="peta-structure-add"
              onClick={() => (relasi ? addRelasiBox(editor, mapId, { kind: 'unit', id: i.key }) : addBoundLane(editor, mapId, i.binding, i.label))}
              aria-label={relasi ? `Tambah kotak ${i.label}` : `Buat lajur ${i.label}`}
            >
              +
            </button>
          </li>
        ))}
      </ul>
      {!relasi && (
        <form
          className="peta-luar"
          onSubmit={(e) => {
            e.preventDefault();
            const nama = luar.trim();
            if (nama && addBoundLane(editor, mapId, { kind: 'luar', nama }, nama)) setLuar('');
          }}
        >
          <input placeholder="Pihak luar, mis. Masyarakat" value={luar} onChange={(e) => setLuar(e.target.value)} aria-label="Nama pihak luar" />
          <button type="submit">+ Lajur</button>
        </form>
      )}
    </section>
  );
}
