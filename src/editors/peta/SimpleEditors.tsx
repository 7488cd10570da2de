// Simple editors for the peta subproses (ordered steps with output and pejabat pengampu) and the peta relasi
// (boxes and labelled arrows between them), as lists and forms.
import { useState } from 'react';
import { addArrow, addNode, addStep, relabelArrow, removeArrows, removeNodes, removeStep, reorderSteps, updateStep } from '../../commands';
import { relasiBoxName, type RelasiMap, type SubprosesMap, type Workspace } from '../../model';
import { newId } from '../../model/ids';
import { run } from '../../ui/editorStore';

export function SubprosesEditor({ doc, map }: { doc: Workspace; map: SubprosesMap }) {
  const positions = Object.values(doc.positions).sort((a, b) => a.nama.localeCompare(b.nama));
  const move = (i: number, d: number) => {
    const ids = map.steps.map((s) => s.id);
    const j = i + d;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    run(reorderSteps, { mapId: map.id, stepIds: ids });
  };
  return (
    <div className="simple-editor" data-testid="sub-editor">
      <table className="sub-table">
        <thead>
          <tr>
            <th>No</th>
            <th>Langkah</th>
            <th>Output</th>
            <th>Pejabat pengampu</th>
            <th aria-label="Tindakan" />
          </tr>
        </thead>
        <tbody>
          {map.steps.map((s, i) => (
            <tr key={s.id}>
              <td>{i + 1}</td>
              <td>
                <input value={s.nama} aria-label="Nama langkah" onChange={(e) => run(updateStep, { mapId: map.id, stepId: s.id, changes: { nama: e.target.value } }, { mergeKey: `step-nama-${s.id}` })} />
              </td>
              <td>
                <input value={s.output} aria-label="Output langkah" onChange={(e) => run(updateStep, { mapId: map.id, stepId: s.id, changes: { output: e.target.value } }, { mergeKey: `step-output-${s.id}` })} />
              </td>
              <td>
                <select value={s.pengampuId ?? ''} aria-label="Pejabat pengampu" onChange={(e) => run(updateStep, { mapId: map.id, stepId: s.id, changes: { pengampuId: e.target.value || null } })}>
                  <option value="">— belum ditentukan —</option>
                  {positions.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.nama}
                    </option>
                  ))}
                </select>
              </td>
              <td className="nowrap">
                <button onClick={() => move(i, -1)} aria-label="Naikkan" disabled={i === 0}>↑</button>
                <button onClick={() => move(i, 1)} aria-label="Turunkan" disabled={i === map.steps.length - 1}>↓</button>
                <button onClick={() => run(removeStep, { mapId: map.id, stepId: s.id })} aria-label="Hapus langkah">×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button onClick={() => run(addStep, { mapId: map.id, step: { id: newId('st'), nama: `Langkah ${map.steps.length + 1}`, output: '', pengampuId: null, keterangan: '' } })} data-testid="sub-add">
        + Langkah
      </button>
    </div>
  );
}

export function RelasiEditor({ doc, map }: { doc: Workspace; map: RelasiMap }) {
  const [unitId, setUnitId] = useState('');
  const [luar, setLuar] = useState('');
  const [src, setSrc] = useState('');
  const [dst, setDst] = useState('');
  const [label, setLabel] = useState('');
  const units = Object.values(doc.units).sort((a, b) => a.nama.localeCompare(b.nama));
  const name = (id: string) => {
    const b = map.boxes.find((x) => x.id === id);
    return b ? relasiBoxName(doc, b) : '(kotak tidak ada)';
  };
  return (
    <div className="simple-editor relasi-editor" data-testid="rel-editor">
      <section>
        <h3>Kotak</h3>
        <ul>
          {map.boxes.map((b) => (
            <li key={b.id}>
              {relasiBoxName(doc, b)}{' '}
              <button className="linklike" onClick={() => run(removeNodes, { mapId: map.id, ids: [b.id] })} aria-label="Hapus kotak">×</button>
            </li>
          ))}
        </ul>
        <div className="row">
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)} aria-label="Unit">
            <option value="">— unit —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.nama}</option>
            ))}
          </select>
          <button disabled={!unitId} onClick={() => run(addNode, { mapId: map.id, node: { id: newId('bx'), ref: { kind: 'unit', id: unitId }, placement: null } })}>+ Unit</button>
        </div>
        <div className="row">
          <input value={luar} onChange={(e) => setLuar(e.target.value)} placeholder="Pihak luar" aria-label="Pihak luar" />
          <button disabled={!luar.trim()} onClick={() => run(addNode, { mapId: map.id, node: { id: newId('bx'), ref: { kind: 'luar', nama: luar.trim() }, placement: null } }) && setLuar('')}>+ Pihak luar</button>
        </div>
      </section>
      <section>
        <h3>Panah</h3>
        <ul>
          {map.arrows.map((a) => (
            <li key={a.id}>
              {name(a.source)} → {name(a.target)}:{' '}
              <input value={a.label} aria-label="Label panah" onChange={(e) => run(relabelArrow, { mapId: map.id, arrowId: a.id, label: e.target.value }, { mergeKey: `arrow-${a.id}` })} />{' '}
              <button className="linklike" onClick={() => run(removeArrows, { mapId: map.id, ids: [a.id] })} aria-label="Hapus panah">×</button>
            </li>
          ))}
        </ul>
        <div className="row">
          <select value={src} onChange={(e) => setSrc(e.target.value)} aria-label="Dari">
            <option value="">— dari —</option>
            {map.boxes.map((b) => (
              <option key={b.id} value={b.id}>{relasiBoxName(doc, b)}</option>
            ))}
          </select>
          <select value={dst} onChange={(e) => setDst(e.target.value)} aria-label="Ke">
            <option value="">— ke —</option>
            {map.boxes.map((b) => (
              <option key={b.id} value={b.id}>{relasiBoxName(doc, b)}</option>
            ))}
          </select>
          <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Yang mengalir, mis. Dokumen RKA" aria-label="Label panah baru" />
          <button
            disabled={!src || !dst || src === dst}
            onClick={() => run(addArrow, { mapId: map.id, arrow: { id: newId('ra'), source: src, target: dst, label, jenis: null } }) && setLabel('')}
          >
            + Panah
          </button>
        </div>
      </section>
    </div>
  );
}
