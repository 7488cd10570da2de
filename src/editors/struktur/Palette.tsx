import type { DragEvent } from 'react';
import { PALETTE_MIME, addFromPalette } from './canvasHooks';
import { POSITION_KINDS, POSITION_KIND_LABELS, type PositionKind } from '../../model';
import { useEditor } from '../../editor/context';

const HINT: Record<PositionKind, string> = {
  'jpt-madya': 'Sekda provinsi',
  'jpt-pratama': 'Kepala Dinas/Badan, Sekda kab/kota',
  administrator: 'Kepala Bidang/Bagian, Sekretaris, Camat',
  pengawas: 'Kepala Seksi/Subbagian, Lurah',
  fungsional: 'Pejabat Fungsional (JF)',
  pelaksana: 'Pelaksana',
};

export function Palette() {
  const editor = useEditor();
  const onDragStart = (e: DragEvent, kind: PositionKind) => {
    e.dataTransfer.setData(PALETTE_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav className="palette" aria-label="Palet jabatan">
      <h2>Jabatan</h2>
      <p className="palette-hint">Seret ke kanvas. Lepas di atas jabatan untuk menempatkannya di bawahnya.</p>
      {POSITION_KINDS.map((kind) => (
        <button
          key={kind}
          className={`palette-item palette-${kind}`}
          draggable
          onDragStart={(e) => onDragStart(e, kind)}
          onClick={() => addFromPalette(editor, kind, editor.get().selection[0] ?? null, null)}
          title={`Seret ke kanvas, atau klik untuk menambahkan di bawah jabatan terpilih — ${HINT[kind]}`}
          data-testid={`palette-${kind}`}
        >
          <span className="palette-swatch" aria-hidden />
          <span>
            <strong>{POSITION_KIND_LABELS[kind]}</strong>
            <small>{HINT[kind]}</small>
          </span>
        </button>
      ))}
      <Legend />
    </nav>
  );
}

export function Legend() {
  return (
    <section className="legend" aria-label="Keterangan">
      <h3>Keterangan</h3>
      <div className="legend-row">
        <svg width="36" height="10" aria-hidden>
          <line x1="0" y1="5" x2="36" y2="5" className="legend-komando" />
        </svg>
        Garis komando (antarjabatan struktural)
      </div>
      <div className="legend-row">
        <svg width="36" height="10" aria-hidden>
          <line x1="0" y1="5" x2="36" y2="5" className="legend-kedudukan" />
        </svg>
        Garis kedudukan (JF dan Pelaksana)
      </div>
      <div className="legend-row">
        <span className="legend-stack" aria-hidden />
        Kelompok jabatan fungsional dan pelaksana, bertumpuk di samping atasannya
      </div>
    </section>
  );
}
