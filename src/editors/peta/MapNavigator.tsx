// Left column of the Peta view: the map tree (top maps, each with its derivative maps below), new maps of each
// kind, and delete with a confirmation that names every derivative map going with it.
import { useState } from 'react';
import { createMap, deleteMap } from '../../commands';
import { derivativeMaps, mapsAffectedByDelete, newMap, MAP_KIND_LABELS, MAP_KINDS, type MapKind, type ProcessMap, type Workspace } from '../../model';
import { newId } from '../../model/ids';
import { useStore } from '../../editor/createStore';
import { StructureList } from './StructureList';
import { TemplateMenu } from './TemplateMenu';
import type { Editor } from '../../editor/types';
import { useEditor } from '../../editor/context';
import { NoteBadge } from '../reviu/NoteBadge';

const KIND_SHORT: Record<MapKind, string> = { level: 'Level', subproses: 'Subproses', relasi: 'Relasi', 'lintas-fungsi': 'Lintas fungsi' };

export function createTopMap(editor: Editor, kind: MapKind): void {
  const doc = editor.get().doc;
  if (!doc) return;
  const n = Object.values(doc.maps).filter((m) => m.kind === kind).length + 1;
  const title = kind === 'level' ? `${MAP_KIND_LABELS[kind]} 0${n > 1 ? ` (${n})` : ''}` : `${MAP_KIND_LABELS[kind]} ${n}`;
  const map = newMap(doc, { id: newId('map'), kind, title, level: kind === 'level' ? 0 : undefined });
  if (editor.run(createMap, { map })) editor.openMap(map.id);
}

function mapLabel(m: ProcessMap): string {
  return m.kind === 'level' ? `Level ${m.level} · ${m.title}` : m.title;
}

export function MapNavigator() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const activeMapId = useStore(editor, (s) => s.activeMapId);
  const [confirm, setConfirm] = useState<string | null>(null);
  if (!doc) return null;
  const maps = Object.values(doc.maps);
  const tops = maps
    .filter((m) => !m.parent || !doc.maps[m.parent.mapId])
    .sort((a, b) => MAP_KINDS.indexOf(a.kind) - MAP_KINDS.indexOf(b.kind) || (a.kind === 'level' && b.kind === 'level' ? a.level - b.level : 0) || a.title.localeCompare(b.title));
  const active = activeMapId ? doc.maps[activeMapId] : undefined;
  return (
    <nav className="palette peta-nav" aria-label="Daftar peta proses bisnis" data-testid="peta-nav">
      <h2>Peta proses bisnis</h2>
      <div className="peta-new">
        {MAP_KINDS.map((k) => (
          <button key={k} onClick={() => createTopMap(editor, k)} data-testid={`peta-new-${k}`} title={`Buat ${MAP_KIND_LABELS[k].toLowerCase()} baru`}>
            + {KIND_SHORT[k]}
          </button>
        ))}
      </div>
      <TemplateMenu />
      {maps.length === 0 && <p className="muted">Belum ada peta. Buat peta level 0 lebih dulu, lalu turunkan prosesnya.</p>}
      <ul className="peta-tree">
        {tops.map((m) => (
          <TreeItem key={m.id} doc={doc} map={m} activeMapId={activeMapId} seen={new Set()} />
        ))}
      </ul>
      {active && (
        <div className="peta-delete">
          {confirm === active.id ? (
            <DeleteConfirm doc={doc} mapId={active.id} onDone={() => setConfirm(null)} />
          ) : (
            <button className="danger" onClick={() => setConfirm(active.id)} data-testid="peta-delete">
              Hapus peta ini…
            </button>
          )}
        </div>
      )}
      {(active?.kind === 'lintas-fungsi' || active?.kind === 'relasi') && <StructureList />}
    </nav>
  );
}

function TreeItem({ doc, map, activeMapId, seen }: { doc: Workspace; map: ProcessMap; activeMapId: string | null; seen: Set<string> }) {
  const editor = useEditor();
  if (seen.has(map.id)) return null;
  const next = new Set(seen).add(map.id);
  const children = map.kind === 'level' ? derivativeMaps(doc, map.id) : [];
  return (
    <li>
      <button
        className={map.id === activeMapId ? 'peta-item active' : 'peta-item'}
        onClick={() => editor.openMap(map.id)}
        data-testid="peta-item"
        title={MAP_KIND_LABELS[map.kind]}
      >
        <span className={`peta-kind peta-kind-${map.kind}`}>{KIND_SHORT[map.kind]}</span> {mapLabel(map)} <NoteBadge id={map.id} passive />
      </button>
      {children.length > 0 && (
        <ul>
          {children.map((c) => (
            <TreeItem key={c.id} doc={doc} map={c} activeMapId={activeMapId} seen={next} />
          ))}
        </ul>
      )}
    </li>
  );
}

function DeleteConfirm({ doc, mapId, onDone }: { doc: Workspace; mapId: string; onDone: () => void }) {
  const editor = useEditor();
  const ids = mapsAffectedByDelete(doc, mapId);
  const others = ids.filter((id) => id !== mapId).map((id) => doc.maps[id]?.title ?? id);
  return (
    <div className="peta-confirm" role="alertdialog" aria-label="Konfirmasi hapus peta" data-testid="peta-delete-confirm">
      <p>
        Hapus peta «{doc.maps[mapId]?.title}»?
        {others.length > 0 && <> Peta turunannya ikut terhapus: {others.map((t) => `«${t}»`).join(', ')}.</>}
      </p>
      <button
        className="danger"
        onClick={() => {
          const parent = doc.maps[mapId]?.parent?.mapId ?? null;
          if (editor.run(deleteMap, { mapId })) editor.set({ activeMapId: parent && editor.get().doc?.maps[parent] ? parent : null });
          onDone();
        }}
        data-testid="peta-delete-ok"
      >
        Hapus{others.length > 0 ? ` (${others.length + 1} peta)` : ''}
      </button>{' '}
      <button onClick={onDone}>Batal</button>
    </div>
  );
}
