// The peta relasi toolbar: add an outside party (named inline) or a process (picked from the level maps), Rapikan
// with ELK in its worker, Lihat semua; it also answers the main toolbar's Rapikan / Lihat semua.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { applyMapLayout } from '../../commands';
import { type RelasiMap, type Workspace } from '../../model';
import { layoutRelasi } from '../../layout/relasi';
import { addRelasiBox } from './relasiBoxes';
import { processOptions, RELASI_BOX } from '../../layout/relasiView';
import { useEditor } from '../../editor/context';

export function RelasiToolbar({ doc, map }: { doc: Workspace; map: RelasiMap }) {
  const editor = useEditor();
  const [mode, setMode] = useState<'luar' | 'proses' | null>(null);
  const [busy, setBusy] = useState(false);
  const flow = useReactFlow();
  const store = useStoreApi();

  /** Pan to a new box when it lies outside the view (it normally goes near the middle of it). */
  const reveal = (id: string | null) => {
    const p = id ? editor.get().doc?.maps[map.id] : undefined;
    const at = p?.kind === 'relasi' ? p.boxes.find((b) => b.id === id)?.placement : undefined;
    if (!at) return;
    const { width, height, transform } = store.getState();
    const [tx, ty, zoom] = transform;
    const inside = at.x * zoom + tx >= 0 && at.y * zoom + ty >= 0 && (at.x + RELASI_BOX.width) * zoom + tx <= width && (at.y + RELASI_BOX.height) * zoom + ty <= height;
    if (!inside) void flow.setCenter(at.x + RELASI_BOX.width / 2, at.y + RELASI_BOX.height / 2, { zoom, duration: 200 });
  };

  const rapikan = async () => {
    setBusy(true);
    try {
      const { getElk } = await import('../../layout/elkWorker');
      const current = editor.get().doc?.maps[map.id];
      if (current?.kind !== 'relasi') return;
      const placements = await layoutRelasi(current, getElk());
      if (editor.run(applyMapLayout, { mapId: map.id, placements })) setTimeout(() => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 }), 50);
    } catch (e) {
      editor.showToast({ kind: 'error', text: `Peta tidak dapat dirapikan: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };
  // the main toolbar's Rapikan / Lihat semua act on this map while it is shown
  const rapikanRef = useRef(rapikan);
  rapikanRef.current = rapikan;
  useEffect(
    () => editor.canvases.register(map.id, { rapikan: () => rapikanRef.current(), fit: () => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 }), flow }),
    [map.id, flow],
  );

  return (
    <div className="lf-toolbar rel-toolbar" role="toolbar" aria-label="Peta relasi">
      <button onClick={() => setMode(mode === 'luar' ? null : 'luar')} aria-pressed={mode === 'luar'} data-testid="rel-add-luar">
        <span className="rel-swatch rel-swatch-luar" aria-hidden /> + Pihak luar
      </button>
      <button onClick={() => setMode(mode === 'proses' ? null : 'proses')} aria-pressed={mode === 'proses'} data-testid="rel-add-proses">
        <span className="rel-swatch rel-swatch-process" aria-hidden /> + Proses
      </button>
      {mode === 'luar' && (
        <LuarForm
          onAdd={(nama) => {
            reveal(addRelasiBox(editor, map.id, { kind: 'luar', nama }));
            setMode(null);
          }}
          onCancel={() => setMode(null)}
        />
      )}
      {mode === 'proses' && (
        <ProcessPicker
          doc={doc}
          onPick={(mapId, processId) => {
            reveal(addRelasiBox(editor, map.id, { kind: 'process', mapId, processId }));
            setMode(null);
          }}
          onCancel={() => setMode(null)}
        />
      )}
      <span className="spacer" />
      <button onClick={() => void rapikan()} disabled={busy || map.boxes.length === 0} data-testid="rel-rapikan" title="Tata letak otomatis dari kiri ke kanan, mengikuti arah panah">
        {busy ? 'Merapikan…' : 'Rapikan'}
      </button>
      <button onClick={() => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 })} data-testid="rel-fit" title="Tampilkan seluruh peta">
        Lihat semua
      </button>
    </div>
  );
}

function LuarForm({ onAdd, onCancel }: { onAdd: (nama: string) => void; onCancel: () => void }) {
  const [nama, setNama] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      className="rel-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (nama.trim()) onAdd(nama.trim());
        else setError(true);
      }}
    >
      <input
        autoFocus
        value={nama}
        placeholder="Nama pihak luar, mis. Masyarakat"
        aria-label="Nama pihak luar"
        data-testid="rel-luar-input"
        onChange={(e) => {
          setNama(e.target.value);
          setError(false);
        }}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      />
      <button type="submit" className="primary" data-testid="rel-luar-ok">
        Tambah
      </button>
      <button type="button" onClick={onCancel}>
        Batal
      </button>
      {error && <span className="rel-field-error">Isi nama pihak luar lebih dulu.</span>}
    </form>
  );
}

function ProcessPicker({ doc, onPick, onCancel }: { doc: Workspace; onPick: (mapId: string, processId: string) => void; onCancel: () => void }) {
  const [q, setQ] = useState('');
  const options = useMemo(() => processOptions(doc), [doc]);
  const needle = q.trim().toLowerCase();
  const shown = needle ? options.filter((o) => `${o.label} ${o.mapTitle}`.toLowerCase().includes(needle)) : options;
  return (
    <div className="rel-picker" role="dialog" aria-label="Pilih proses" data-testid="rel-process-picker" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {options.length === 0 ? (
        <p className="muted">Belum ada proses pada peta level. Buat peta level dan prosesnya lebih dulu.</p>
      ) : (
        <>
          <input autoFocus type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Cari kode atau nama proses…" aria-label="Cari proses" />
          <ul>
            {shown.map((o) => (
              <li key={`${o.mapId}/${o.processId}`}>
                <button onClick={() => onPick(o.mapId, o.processId)} data-testid="rel-process-option">
                  {o.label} <span className="muted">· {o.mapTitle}</span>
                </button>
              </li>
            ))}
            {shown.length === 0 && <li className="muted">Tidak ada proses yang cocok.</li>}
          </ul>
        </>
      )}
      <button onClick={onCancel}>Tutup</button>
    </div>
  );
}

