// The peta subproses: ordered steps with output and pejabat pengampu, shown as a table of forms or as a diagram
// («Tabel / Diagram»; the diagram, with ELK, loads on first use). (The peta relasi has its own canvas, RelasiCanvas.tsx.)
import { type SubprosesMap, type Workspace } from '../../model';
import { useEditor } from '../../editor/context';
import { useStore } from '../../editor/createStore';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { NoteBadge } from '../reviu/NoteBadge';
import { PengampuOptions, stepActions } from './SubprosesStepBar';
import { ZoomFrame } from './ZoomFrame';

const SubprosesDiagram = lazy(() => import('./SubprosesDiagram'));

export function SubprosesView({ doc, map }: { doc: Workspace; map: SubprosesMap }) {
  const editor = useEditor();
  const view = useStore(editor.peta, (s) => s.subprosesView);
  const choose = (v: 'tabel' | 'diagram') => editor.peta.set({ subprosesView: v });
  return (
    <div className="sub-view">
      <div className="sub-switch" role="group" aria-label="Tampilan peta subproses">
        <button aria-pressed={view === 'tabel'} onClick={() => choose('tabel')} data-testid="sub-view-tabel">
          Tabel
        </button>
        <button aria-pressed={view === 'diagram'} onClick={() => choose('diagram')} data-testid="sub-view-diagram">
          Diagram
        </button>
      </div>
      <div className="sub-view-body">
        {view === 'tabel' ? (
          <ZoomFrame key={map.id} label="peta subproses">
            <SubprosesEditor doc={doc} map={map} />
          </ZoomFrame>
        ) : (
          <Suspense fallback={<p className="muted sub-loading">Memuat diagram…</p>}>
            <SubprosesDiagram doc={doc} map={map} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

export function SubprosesEditor({ doc, map }: { doc: Workspace; map: SubprosesMap }) {
  const editor = useEditor();
  const table = useRef<HTMLTableElement>(null);
  // presentation pans and zooms the table by a transform (it is not a React Flow canvas)
  useEffect(() => editor.canvases.register(map.id, { element: () => table.current }), [editor, map.id]);
  const act = stepActions(editor, map);
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
                <input value={s.nama} aria-label="Nama langkah" onChange={(e) => act.update(s.id, { nama: e.target.value })} />
              </td>
              <td>
                <input value={s.output} aria-label="Output langkah" onChange={(e) => act.update(s.id, { output: e.target.value })} />
              </td>
              <td>
                <select value={s.pengampuId ?? ''} aria-label="Pejabat pengampu" onChange={(e) => act.update(s.id, { pengampuId: e.target.value || null })}>
                  <PengampuOptions doc={doc} />
                </select>
              </td>
              <td className="nowrap">
                <button onClick={() => act.move(i, -1)} aria-label="Naikkan" disabled={i === 0}>↑</button>
                <button onClick={() => act.move(i, 1)} aria-label="Turunkan" disabled={i === map.steps.length - 1}>↓</button>
                <button onClick={() => act.remove(s.id)} aria-label="Hapus langkah">×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button onClick={() => act.add()} data-testid="sub-add">
        + Langkah
      </button>
    </div>
  );
}
