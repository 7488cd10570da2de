// React Flow's own words (zoom buttons, minimap, keyboard descriptions) in Bahasa Indonesia, for every canvas.
import type { AriaLabelConfig } from '@xyflow/react';

export const FLOW_LABELS_ID: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': 'Tekan Enter atau Spasi untuk memilih kotak, Delete untuk menghapus, Escape untuk batal.',
  'node.a11yDescription.keyboardDisabled': 'Tekan Enter atau Spasi untuk memilih kotak.',
  'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
    `Kotak dipindah ke ${({ up: 'atas', down: 'bawah', left: 'kiri', right: 'kanan' } as Record<string, string>)[direction] ?? direction}, posisi ${x}, ${y}.`,
  'edge.a11yDescription.default': 'Tekan Enter atau Spasi untuk memilih garis, Delete untuk menghapus, Escape untuk batal.',
  'controls.ariaLabel': 'Kendali tampilan',
  'controls.zoomIn.ariaLabel': 'Perbesar',
  'controls.zoomOut.ariaLabel': 'Perkecil',
  'controls.fitView.ariaLabel': 'Lihat semua',
  'controls.interactive.ariaLabel': 'Kunci/buka penyuntingan',
  'minimap.ariaLabel': 'Peta kecil',
  'handle.ariaLabel': 'Titik sambung',
};

// React Flow names every node "node" and every edge "edge" to a screen reader (aria-roledescription); these
// attributes, spread after its own, say it in Bahasa Indonesia.
export const NODE_DOM_ID = { 'aria-roledescription': 'kotak' } as const;
export const EDGE_DOM_ID = { 'aria-roledescription': 'garis' } as const;
