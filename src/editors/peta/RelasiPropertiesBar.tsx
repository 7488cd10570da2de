// The bar between the relasi toolbar and its canvas: what the selected arrow or box is, and its fields. A fixed bar,
// so selecting never shifts or hides the drawing.
import { useEffect, useMemo, useState } from 'react';
import { relabelArrow, removeArrows, removeNodes, updateNode } from '../../commands';
import {
  RELASI_JENIS,
  relasiBoxName,
  type RelasiArrow,
  type RelasiBox,
  type RelasiJenis,
  type RelasiMap,
  type Workspace,
} from '../../model';
import { useStore } from '../../editor/createStore';
import { boxView, JENIS_LABELS } from '../../layout/relasiView';
import { useEditor } from '../../editor/context';

/**
 * The selected box or arrow, edited in a bar between the toolbar and the canvas: always there (a hint when nothing
 * is selected), so selecting never moves the drawing and the bar never hides part of it.
 */
export function RelasiProperties({ doc, map }: { doc: Workspace; map: RelasiMap }) {
  const editor = useEditor();
  const selected = useStore(editor.peta, (s) => s.selected);
  const arrow = selected?.kind === 'arrow' ? map.arrows.find((a) => a.id === selected.id) : undefined;
  const box = selected?.kind === 'box' ? map.boxes.find((b) => b.id === selected.id) : undefined;
  if (arrow) return <ArrowBar doc={doc} map={map} arrow={arrow} />;
  if (box) return <BoxBar doc={doc} map={map} box={box} />;
  return (
    <div className="rel-propbar muted" data-testid="rel-propbar-hint">
      Pilih kotak atau panah untuk mengubahnya. Tarik dari titik di tepi kotak ke kotak lain untuk membuat panah; klik dua kali label
      panah untuk mengubahnya.
    </div>
  );
}

function ArrowBar({ doc, map, arrow }: { doc: Workspace; map: RelasiMap; arrow: RelasiArrow }) {
  const editor = useEditor();
  const name = (id: string) => {
    const b = map.boxes.find((x) => x.id === id);
    return b ? relasiBoxName(doc, b) : '(tidak tersambung)';
  };
  return (
    <div className="rel-propbar" role="group" aria-label="Properti panah" data-testid="rel-arrow-panel">
      <strong>Panah</strong>
      <span className="rel-propbar-ends" title={`Dari «${name(arrow.source)}» ke «${name(arrow.target)}»`}>
        {name(arrow.source)} → {name(arrow.target)}
      </span>
      <label>
        Yang mengalir{' '}
        <input
          value={arrow.label}
          placeholder="mis. Dokumen RKA"
          data-testid="rel-arrow-label-field"
          onChange={(e) => editor.run(relabelArrow, { mapId: map.id, arrowId: arrow.id, label: e.target.value }, { mergeKey: `rel-arrow-${arrow.id}` })}
        />
      </label>
      <label>
        Jenis{' '}
        <select
          value={arrow.jenis ?? ''}
          data-testid="rel-arrow-jenis"
          onChange={(e) => editor.run(relabelArrow, { mapId: map.id, arrowId: arrow.id, label: arrow.label, jenis: (e.target.value || null) as RelasiJenis | null })}
        >
          <option value="">— belum ditentukan —</option>
          {RELASI_JENIS.map((j) => (
            <option key={j} value={j}>
              {JENIS_LABELS[j]}
            </option>
          ))}
        </select>
      </label>
      <span className="spacer" />
      <button className="danger" onClick={() => editor.run(removeArrows, { mapId: map.id, ids: [arrow.id] }) && editor.selectInMap(null)} data-testid="rel-arrow-delete">
        Hapus panah
      </button>
    </div>
  );
}

function BoxBar({ doc, map, box }: { doc: Workspace; map: RelasiMap; box: RelasiBox }) {
  const editor = useEditor();
  const view = boxView(doc, box);
  const arrows = map.arrows.filter((a) => a.source === box.id || a.target === box.id).length;
  const units = useMemo(() => Object.values(doc.units).sort((a, b) => a.nama.localeCompare(b.nama)), [doc.units]);
  const r = box.ref;
  return (
    <div className="rel-propbar" role="group" aria-label="Properti kotak" data-testid="rel-box-panel">
      <strong>{r.kind === 'unit' ? 'Unit' : r.kind === 'luar' ? 'Pihak luar' : 'Proses'}</strong>
      {r.kind === 'unit' && (
        <>
          <select
            value={r.id}
            aria-label="Unit dalam struktur"
            onChange={(e) => editor.run(updateNode, { mapId: map.id, nodeId: box.id, changes: { ref: { kind: 'unit', id: e.target.value } } })}
          >
            {!doc.units[r.id] && <option value={r.id}>(unit sudah dihapus)</option>}
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.nama}
              </option>
            ))}
          </select>
          <span className="muted">{view.subtitle}</span>
        </>
      )}
      {r.kind === 'luar' && <LuarName key={box.id} mapId={map.id} boxId={box.id} nama={r.nama} />}
      {r.kind === 'process' && (
        <>
          <span>
            {view.kode} {view.title} <span className="muted">· {view.subtitle}</span>
          </span>
          {!view.missing && (
            <button className="linklike" onClick={() => editor.openMap(r.mapId, { kind: 'process', id: r.processId })}>
              Buka peta levelnya
            </button>
          )}
        </>
      )}
      <span className="spacer" />
      <button className="danger" onClick={() => editor.run(removeNodes, { mapId: map.id, ids: [box.id] }) && editor.selectInMap(null)} data-testid="rel-box-delete">
        Hapus kotak{arrows > 0 ? ` (dan ${arrows} panahnya)` : ''}
      </button>
    </div>
  );
}

/** An outside party's name: an empty name is not stored (a box needs a name), the field says so instead. */
function LuarName({ mapId, boxId, nama }: { mapId: string; boxId: string; nama: string }) {
  const editor = useEditor();
  const [value, setValue] = useState(nama);
  useEffect(() => setValue(nama), [nama]);
  return (
    <label>
      Nama{' '}
      <input
        value={value}
        data-testid="rel-luar-name"
        onChange={(e) => {
          setValue(e.target.value);
          if (e.target.value.trim()) editor.run(updateNode, { mapId, nodeId: boxId, changes: { ref: { kind: 'luar', nama: e.target.value } } }, { mergeKey: `rel-luar-${boxId}` });
        }}
      />
      {value.trim() === '' && <span className="rel-field-error">Pihak luar perlu nama; nama lama tetap dipakai.</span>}
    </label>
  );
}

