import type { View } from '../editor/types';
// Where the "?" buttons lead: the user guide (docs/panduan.md) and the rule catalog (docs/aturan.md), rendered to
// static pages under /bantuan/ at build time (scripts/docs/helpPages.ts, a Vite plugin) — same origin, offline, and
// nothing of them in the entry bundle. Anchors are the guide's explicit <a id> marks, checked by a unit test.

export type GuidePage = 'panduan' | 'aturan';

/** The guide section for each view of the editor. */
export const VIEW_SECTION: Record<View, string> = {
  struktur: 'struktur',
  tim: 'tim-kerja',
  peta: 'peta-proses-bisnis',
};

export function guideHref(page: GuidePage, anchor?: string): string {
  return `${import.meta.env.BASE_URL}bantuan/${page}.html${anchor ? `#${anchor}` : ''}`;
}

/** Opens a guide section in a new tab (the editor and its unsaved state stay where they are). */
export function openGuide(anchor?: string, page: GuidePage = 'panduan'): void {
  window.open(guideHref(page, anchor), '_blank', 'noopener');
}
