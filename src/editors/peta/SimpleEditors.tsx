// Simple editor for the peta subproses: ordered steps with output and pejabat pengampu, as a table of forms.
// (The peta relasi has its own canvas, RelasiCanvas.tsx.)
import { addStep, removeStep, reorderSteps, updateStep } from '../../commands';
import { type SubprosesMap, type Workspace } from '../../model';
import { newId } from '../../model/ids';
import { useEditor } from '../../editor/context';
import { useEffect, useRef } from 'react';
import { NoteBadge } from '../reviu/NoteBadge';

export function SubprosesEditor({ doc, map }: { doc: Workspace; map: SubprosesMap }) {
  const editor = useEditor();
  const table = useRef<HTMLTableElement>(null);
  // presentation pans and zooms the table by a transform (it is not a React Flow canvas)
  useEffect(() => editor.canvases.register(map.id, { element: () => table.current }), [editor, map.id]);
  const positions = Object.values(doc.positions).sort((a, b) => a.nama.localeCompare(b.nama));
  const move = (i: number, d: number) => {
    const ids = map.steps.map((s) => s.id);
    const j = i + d;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    editor.run(reorderSteps, { mapId: map.id, stepIds: ids });
  };
  return (
    <div className="simple-editor" data-testid="sub-editor">
      <table className="sub-table" ref={table}>
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
              <td>
                {i + 1} <NoteBadge id={s.id} />
              </td>
              <td>
                <input value={s.nama} aria-label="Nama langkah" onChange={(e) => editor.run(updateStep, { mapId: map.id, stepId: s.id, changes: { nama: e.target.value } }, { mergeKey: `step-nama-${s.id}` })} />
              </td>
              <td>
                <input value={s.output} aria-label="Output langkah" onChange={(e) => editor.run(updateStep, { mapId: map.id, stepId: s.id, changes: { output: e.target.value } }, { mergeKey: `step-output-${s.id}` })} />
              </td>
              <td>
                <select value={s.pengampuId ?? ''} aria-label="Pejabat pengampu" onChange={(e) => editor.run(updateStep, { mapId: map.id, stepId: s.id, changes: { pengampuId: e.target.value || null } })}>
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
                <button onClick={() => editor.run(removeStep, { mapId: map.id, stepId: s.id })} aria-label="Hapus langkah">×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button onClick={() => editor.run(addStep, { mapId: map.id, step: { id: newId('st'), nama: `Langkah ${map.steps.length + 1}`, output: '', pengampuId: null, keterangan: '' } })} data-testid="sub-add">
        + Langkah
      </button>
    </div>
  );
}
