// Peta proses bisnis level: three bands (manajemen, inti, pendukung) between the stakeholders on the input side
// and on the output side. Drag a process to another band (moveProcess renumbers codes as text); double-click it
// to open its derivative map one level down, created on first use. From the keyboard: a process takes focus (Tab),
// the arrow keys move it (levelKeyboard.ts, one moveProcess each), Enter opens its derivative map, Delete deletes it,
// Shift+F10 or the ContextMenu key opens its actions menu; what a key did is read out (aria-live).
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { addProcess, createMap, moveProcess, removeProcess, setLabelKelompokManajemen, setStakeholders } from '../../commands';
import { derivativeMaps, newMap, PROCESS_CATEGORIES, readingOrder, type LevelMap, type ProcessCategory, type Stakeholder, type Workspace } from '../../model';
import { newId } from '../../model/ids';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import type { Editor } from '../../editor/types';
import { NoteBadge } from '../reviu/NoteBadge';
import { ActionMenu, isMenuKey, menuPointOf, type MenuItem } from '../../ui/kit/ActionMenu';
import { levelKeyboardMove } from '../../layout/levelKeyboard';
import type { ArrowKey } from '../../layout/lfKeyboard';

const PROCESS_MIME = 'application/x-petakerja-process';

export function bandLabel(doc: Workspace, k: ProcessCategory): string {
  return k === 'manajemen' ? doc.settings.labelKelompokManajemen || 'Manajemen' : k === 'inti' ? 'Inti' : 'Pendukung';
}

/** Open the derivative map of a process, creating a level map one level down when it has none yet. */
export function openDerivative(editor: Editor, doc: Workspace, map: LevelMap, processId: string): void {
  const existing = derivativeMaps(doc, map.id, processId);
  if (existing[0]) {
    editor.openMap(existing[0].id);
    return;
  }
  const p = map.processes.find((x) => x.id === processId);
  if (!p) return;
  const child = newMap(doc, { id: newId('map'), kind: 'level', title: p.nama || p.kode, parent: { mapId: map.id, processId } });
  if (editor.run(createMap, { map: child })) editor.openMap(child.id);
}

/**
 * Delete a process where it is drawn: at once (one undo step) when nothing hangs from it, else through the dialog
 * that names its derivative maps and asks whether they go with it or stay as drafts.
 */
export function deleteProcess(editor: Editor, mapId: string, processId: string): void {
  const doc = editor.get().doc;
  if (!doc) return;
  if (derivativeMaps(doc, mapId, processId).length > 0) editor.openDialog({ type: 'deleteProcess', mapId, processId });
  else if (editor.run(removeProcess, { mapId, processId })) editor.selectInMap(null);
}

export function LevelMapEditor({ doc, map }: { doc: Workspace; map: LevelMap }) {
  const editor = useEditor();
  const selected = useStore(editor.peta, (s) => s.selected);
  const worst = useStore(editor.findings, (s) => s.worstBySubject);
  const [over, setOver] = useState<ProcessCategory | null>(null);
  const ordered = readingOrder(map);
  const unbanded = ordered.filter((p) => p.kategori === null);
  const [menu, setMenu] = useState<{ processId: string; x: number; y: number } | null>(null);
  const mapElement = useRef<HTMLDivElement>(null);
  // what the last keyboard move did, read out by screen readers
  const [announce, setAnnounce] = useState('');
  /** Focus process `id` again once it is drawn where it went (a move to another band draws it anew). */
  const refocus = (id: string) =>
    requestAnimationFrame(() => mapElement.current?.querySelector<HTMLElement>(`[data-process-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: false }));
  const moveTo = (processId: string, kategori: ProcessCategory, bandIndex?: number) => {
    const p = map.processes.find((x) => x.id === processId);
    if (!p || !editor.run(moveProcess, { mapId: map.id, processId, kategori, bandIndex })) return;
    const after = editor.get().doc?.maps[map.id];
    if (after?.kind === 'level') {
      const band = readingOrder(after).filter((x) => x.kategori === kategori);
      const i = band.findIndex((x) => x.id === processId);
      setAnnounce(`Proses «${p.nama}» di kelompok ${bandLabel(doc, kategori)}, urutan ${i + 1} dari ${band.length}, kode ${band[i]?.kode || '—'}.`);
    }
    refocus(processId);
  };
  const onProcessKey = (e: React.KeyboardEvent<HTMLElement>, p: LevelMap['processes'][number]) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter') {
      openDerivative(editor, doc, map, p.id);
      return;
    }
    if (isMenuKey(e)) {
      e.preventDefault();
      e.stopPropagation();
      editor.selectInMap({ kind: 'process', id: p.id });
      setMenu({ processId: p.id, ...menuPointOf(e.currentTarget) });
      return;
    }
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key) || e.ctrlKey || e.metaKey || e.altKey) return;
    // the page's arrow keys walk the structure: on a process they move the process, nothing else
    e.preventDefault();
    e.stopPropagation();
    const to = levelKeyboardMove(map, p.id, e.key as ArrowKey, e.shiftKey);
    if (!to) {
      const where = e.key === 'ArrowUp' ? 'di kelompok paling atas' : e.key === 'ArrowDown' ? 'di kelompok paling bawah' : e.key === 'ArrowLeft' ? 'paling awal di kelompoknya' : 'paling akhir di kelompoknya';
      setAnnounce(`Proses «${p.nama}» sudah ${where}.`);
      return;
    }
    moveTo(p.id, to.kategori, to.bandIndex);
  };
  const menuItems = (processId: string): MenuItem[] => {
    const p = map.processes.find((x) => x.id === processId);
    if (!p) return [];
    const derived = derivativeMaps(doc, map.id, p.id).length > 0;
    return [
      { label: derived ? 'Buka peta turunan' : 'Buat peta turunan', onSelect: () => openDerivative(editor, doc, map, p.id), testId: 'lv-menu-open' },
      ...PROCESS_CATEGORIES.filter((k) => k !== p.kategori).map((k) => ({
        label: `Pindahkan ke kelompok ${bandLabel(doc, k)}`,
        onSelect: () => moveTo(p.id, k),
        testId: `lv-menu-move-${k}`,
      })),
      { label: 'Hapus proses…', danger: true, onSelect: () => deleteProcess(editor, map.id, p.id), testId: 'lv-menu-delete' },
    ];
  };
  useEffect(
    () =>
      editor.canvases.register(map.id, {
        edit: {
          remove: () => {
            const sel = editor.peta.get().selected;
            if (sel?.kind === 'process') deleteProcess(editor, map.id, sel.id);
            else editor.sayOnce('Hapus: pilih proses pada peta lebih dahulu.');
          },
        },
        // presentation pans and zooms the map by a transform (it is not a React Flow canvas)
        element: () => mapElement.current,
      }),
    [editor, map.id],
  );

  const onDrop = (e: DragEvent, kategori: ProcessCategory) => {
    const processId = e.dataTransfer.getData(PROCESS_MIME);
    setOver(null);
    if (!processId) return;
    e.preventDefault();
    const p = map.processes.find((x) => x.id === processId);
    if (p && p.kategori !== kategori) editor.run(moveProcess, { mapId: map.id, processId, kategori });
  };
  const add = (kategori: ProcessCategory) => {
    const id = newId('pr');
    if (editor.run(addProcess, { mapId: map.id, process: { id, kode: '', nama: 'Proses baru', kategori, pengampuUnitId: null, sipoc: { supplier: [], input: [], output: [], customer: [] }, keterangan: '' } })) {
      editor.selectInMap({ kind: 'process', id });
    }
  };

  const box = (p: LevelMap['processes'][number]) => {
    const derived = derivativeMaps(doc, map.id, p.id).length > 0;
    const sev = worst.get(p.id);
    return (
      <div
        key={p.id}
        className={['lv-process', selected?.id === p.id ? 'selected' : '', sev ? `sev-${sev}` : ''].join(' ')}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(PROCESS_MIME, p.id);
          e.dataTransfer.effectAllowed = 'move';
        }}
        onClick={() => editor.selectInMap({ kind: 'process', id: p.id })}
        onFocus={() => editor.selectInMap({ kind: 'process', id: p.id })}
        onContextMenu={(e) => {
          e.preventDefault();
          editor.selectInMap({ kind: 'process', id: p.id });
          setMenu({ processId: p.id, x: e.clientX, y: e.clientY });
        }}
        onDoubleClick={() => openDerivative(editor, doc, map, p.id)}
        title={derived ? 'Klik dua kali untuk membuka peta turunannya' : 'Klik dua kali untuk membuat peta turunannya'}
        data-testid="lv-process"
        data-process-id={p.id}
        role="group"
        tabIndex={0}
        aria-label={`Proses ${p.kode} ${p.nama}, kelompok ${p.kategori ? bandLabel(doc, p.kategori) : 'belum dikelompokkan'}. Panah memindah, Enter membuka peta turunan, Shift+F10 membuka menu`}
        onKeyDown={(e) => onProcessKey(e, p)}
      >
        <span className="lv-code">{p.kode}</span>
        <span className="lv-name">{p.nama}</span>
        <NoteBadge id={p.id} />
        {derived && <span className="lv-derived" aria-label="memiliki peta turunan">▾</span>}
        <button
          className="lv-delete"
          aria-label={`Hapus proses ${p.kode} ${p.nama}`}
          title="Hapus proses"
          data-testid="lv-delete"
          tabIndex={selected?.id === p.id ? 0 : -1}
          onClick={(e) => {
            e.stopPropagation();
            deleteProcess(editor, map.id, p.id);
          }}
          onKeyDown={(e) => e.stopPropagation()}
        >
          ×
        </button>
      </div>
    );
  };

  return (
    <div className="lv-map" data-testid="lv-map" ref={mapElement}>
      <Stakeholders map={map} side="input" />
      <div className="lv-bands">
        {PROCESS_CATEGORIES.map((k) => (
          <section
            key={k}
            className={['lv-band', `lv-band-${k}`, over === k ? 'over' : ''].join(' ')}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(PROCESS_MIME)) return;
              e.preventDefault();
              setOver(k);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => onDrop(e, k)}
            data-testid={`lv-band-${k}`}
            aria-label={`Kelompok ${bandLabel(doc, k)}`}
          >
            {k === 'manajemen' ? (
              <h3>
                <input
                  className="lv-band-label"
                  value={doc.settings.labelKelompokManajemen}
                  onChange={(e) => editor.run(setLabelKelompokManajemen, { label: e.target.value }, { mergeKey: 'label-manajemen' })}
                  aria-label="Nama kelompok manajemen"
                  title="Nama kelompok ini berlaku untuk semua peta level dokumen"
                  data-testid="lv-label-manajemen"
                />
              </h3>
            ) : (
              <h3>{bandLabel(doc, k)}</h3>
            )}
            <div className="lv-band-body">
              {ordered.filter((p) => p.kategori === k).map(box)}
              <button className="lv-add" onClick={() => add(k)} data-testid={`lv-add-${k}`}>
                + Proses
              </button>
            </div>
          </section>
        ))}
        {unbanded.length > 0 && (
          <section className="lv-band lv-band-none">
            <h3>Belum dikelompokkan</h3>
            <div className="lv-band-body">{unbanded.map(box)}</div>
          </section>
        )}
      </div>
      <Stakeholders map={map} side="output" />
      <div className="sr-only" role="status" aria-live="polite" data-testid="lv-announce">
        {announce}
      </div>
      {menu && <ActionMenu label="Menu proses" at={menu} items={menuItems(menu.processId)} onClose={() => setMenu(null)} testId="lv-menu" />}
    </div>
  );
}

function Stakeholders({ map, side }: { map: LevelMap; side: Stakeholder['side'] }) {
  const editor = useEditor();
  const [nama, setNama] = useState('');
  const list = map.stakeholders.filter((s) => s.side === side);
  const set = (next: Stakeholder[]) => editor.run(setStakeholders, { mapId: map.id, stakeholders: next });
  return (
    <aside className={`lv-stake lv-stake-${side}`} aria-label={side === 'input' ? 'Pemangku kepentingan sisi masukan' : 'Pemangku kepentingan sisi keluaran'}>
      <h3>{side === 'input' ? 'Masukan' : 'Keluaran'}</h3>
      <ul>
        {list.map((s) => (
          <li key={s.id}>
            {s.nama}{' '}
            <button className="linklike" aria-label={`Hapus ${s.nama}`} onClick={() => set(map.stakeholders.filter((x) => x.id !== s.id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = nama.trim();
          if (n && set([...map.stakeholders, { id: newId('sh'), nama: n, side }])) setNama('');
        }}
      >
        <input value={nama} onChange={(e) => setNama(e.target.value)} placeholder="Pemangku kepentingan" aria-label={`Tambah pemangku kepentingan ${side === 'input' ? 'masukan' : 'keluaran'}`} />
      </form>
    </aside>
  );
}
