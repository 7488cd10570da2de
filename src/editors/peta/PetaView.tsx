// The main area of the Peta view: breadcrumb up the map tree, the map's title, and the editor for its kind.
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { lazy, Suspense, useEffect, useState, type DragEvent } from 'react';
import { addNode, updateMapMeta } from '../../commands';
import { MAP_KIND_LABELS, type LfNodeType, type LintasFungsiMap, type ProcessMap, type Workspace } from '../../model';
import { useStore } from '../../editor/createStore';
import { LevelMapEditor } from './LevelMapEditor';
import { LintasFungsiCanvas, SYMBOL_MIME } from './LintasFungsiCanvas';
import { rapikanLintasFungsi } from './lfLayout';
import { MapStatusBadge } from './MapStatusBadge';
import { needsLane, newSymbol, nextPlacement } from '../../layout/lfPlacement';
import { createTopMap } from './MapNavigator';
import { RelasiCanvas } from './RelasiCanvas';
import { SubprosesView } from './SimpleEditors';
import './peta.css';
import { useEditor } from '../../editor/context';
import { ZoomFrame } from './ZoomFrame';

const SopDialog = lazy(() => import('./SopDialog').then((m) => ({ default: m.SopDialog })));

function breadcrumb(doc: Workspace, map: ProcessMap): ProcessMap[] {
  const chain: ProcessMap[] = [map];
  const seen = new Set([map.id]);
  let cur = map;
  while (cur.parent && doc.maps[cur.parent.mapId] && !seen.has(cur.parent.mapId)) {
    cur = doc.maps[cur.parent.mapId];
    seen.add(cur.id);
    chain.unshift(cur);
  }
  return chain;
}

export function PetaView() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const activeMapId = useStore(editor, (s) => s.activeMapId);
  // the structure's shortcuts (Hapus, Salin) act on editor.selection: nothing of the structure is selected here
  useEffect(() => editor.select([]), []);
  if (!doc) return null;
  const map = activeMapId ? doc.maps[activeMapId] : undefined;
  if (!map) {
    return (
      <div className="peta-empty" data-testid="peta-empty">
        <h2>Peta proses bisnis</h2>
        <p>Pilih peta di kiri, atau mulai dengan peta proses bisnis level 0.</p>
        <button className="primary" onClick={() => createTopMap(editor, 'level')}>
          Buat peta level 0
        </button>
      </div>
    );
  }
  const chain = breadcrumb(doc, map);
  return (
    <div className="peta-view" data-testid="peta-view">
      <header className="peta-head">
        <nav className="peta-crumbs" aria-label="Jejak peta" data-testid="peta-crumbs">
          {chain.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ' › '}
              {m.id === map.id ? <strong>{m.title}</strong> : <button className="linklike" onClick={() => editor.openMap(m.id)}>{m.title}</button>}
            </span>
          ))}
        </nav>
        <div className="peta-title">
          <span className="peta-kind-label">{MAP_KIND_LABELS[map.kind]}{map.kind === 'level' ? ` ${map.level}` : ''}</span>
          <input
            value={map.title}
            aria-label="Judul peta"
            data-testid="peta-title"
            onChange={(e) => editor.run(updateMapMeta, { mapId: map.id, changes: { title: e.target.value } }, { mergeKey: `map-title-${map.id}` })}
          />
          <MapStatusBadge map={map} />
        </div>
      </header>
      {map.kind === 'lintas-fungsi' && (
        // its own React Flow store: the struktur canvas must not find lanes and symbols in the shared one
        <ReactFlowProvider key={map.id}>
          <LfToolbar doc={doc} map={map} />
          <div className="peta-body">
            <LintasFungsiCanvas doc={doc} map={map} />
          </div>
        </ReactFlowProvider>
      )}
      <div className={map.kind === 'lintas-fungsi' ? 'hidden' : 'peta-body'}>
        {map.kind === 'level' && (
          <ZoomFrame key={map.id} label="peta level">
            <LevelMapEditor doc={doc} map={map} />
          </ZoomFrame>
        )}
        {map.kind === 'subproses' && <SubprosesView doc={doc} map={map} />}
        {map.kind === 'relasi' && <RelasiCanvas key={map.id} doc={doc} map={map} />}
      </div>
    </div>
  );
}

const SYMBOLS: { type: LfNodeType; label: string; peran?: 'mulai' | 'selesai' }[] = [
  { type: 'terminator', label: 'Mulai', peran: 'mulai' },
  { type: 'activity', label: 'Kegiatan' },
  { type: 'decision', label: 'Keputusan' },
  { type: 'terminator', label: 'Selesai', peran: 'selesai' },
  { type: 'connector', label: 'Penghubung' },
];

function LfToolbar({ doc, map }: { doc: Workspace; map: LintasFungsiMap }) {
  const editor = useEditor();
  const [sop, setSop] = useState(false);
  const [busy, setBusy] = useState(false);
  const selected = useStore(editor.peta, (s) => s.selected);
  const flow = useReactFlow();

  const addSymbol = (type: LfNodeType, peran?: 'mulai' | 'selesai') => {
    const selNode = selected?.kind === 'node' ? map.nodes.find((n) => n.id === selected.id) : undefined;
    const laneId = selected?.kind === 'lane' ? selected.id : (selNode?.laneId ?? map.lanes[0]?.id ?? null);
    if (!laneId && needsLane(type)) {
      editor.showToast({ kind: 'error', text: 'Buat lajur pelaksana lebih dulu: seret jabatan dari daftar struktur ke peta.' });
      return;
    }
    const base = newSymbol(type, nextPlacement(map, type, laneId), laneId);
    const node = base.type === 'terminator' && peran ? { ...base, peran } : base;
    if (editor.run(addNode, { mapId: map.id, node })) editor.selectInMap({ kind: 'node', id: node.id });
  };

  const rapikan = async (mode: 'elk' | 'sop') => {
    setBusy(true);
    // after React Flow has the new positions
    if (await rapikanLintasFungsi(editor, map.id, mode)) setTimeout(() => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 }), 50);
    setBusy(false);
  };

  return (
    <div className="lf-toolbar" role="toolbar" aria-label="Simbol SOP">
      {SYMBOLS.map((s) => (
        <button
          key={s.label}
          draggable
          onDragStart={(e: DragEvent) => {
            e.dataTransfer.setData(SYMBOL_MIME, s.peran ? `${s.type}:${s.peran}` : s.type);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => addSymbol(s.type, s.peran)}
          data-testid={`lf-add-${s.label.toLowerCase()}`}
          title={`Klik untuk menambah ${s.label.toLowerCase()} pada lajur terpilih, atau seret ke lajur`}
        >
          <span className={`lf-icon lf-icon-${s.type}`} aria-hidden /> {s.label}
        </button>
      ))}
      <span className="spacer" />
      <button onClick={() => void rapikan('elk')} disabled={busy || map.nodes.length === 0} data-testid="lf-rapikan" title="Tata letak otomatis per lajur">
        {busy ? 'Merapikan…' : 'Rapikan'}
      </button>
      <button onClick={() => void rapikan('sop')} disabled={busy || map.nodes.length === 0} data-testid="lf-rapikan-sop" title="Satu langkah per baris, urut seperti tabel SOP">
        Rapikan gaya SOP
      </button>
      <button onClick={() => setSop(true)} data-testid="lf-sop">
        Tabel SOP
      </button>
      {sop && (
        <Suspense fallback={null}>
          <SopDialog doc={doc} map={map} onClose={() => setSop(false)} />
        </Suspense>
      )}
    </div>
  );
}
