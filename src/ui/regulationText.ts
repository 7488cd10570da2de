// The regulation texts of docs/regulations, loaded when a rule dialog first needs one (each is its own chunk,
// 14–85 kB: none of them is in the entry bundle).
const TEXTS = import.meta.glob<string>('/docs/regulations/*.txt', { query: '?raw', import: 'default' });

// module-cache: the shipped regulation files never change while the page is open; one fetch each is enough
const cache = new Map<string, Promise<string | null>>();

/** The text of `docs/regulations/<file>.txt` (as REGULATIONS[..].seedFile names it), or null when it is not shipped. */
export function loadRegulationText(seedFile: string): Promise<string | null> {
  let p = cache.get(seedFile);
  if (!p) {
    const load = TEXTS[`/${seedFile}`];
    p = load ? load().catch(() => null) : Promise.resolve(null);
    cache.set(seedFile, p);
  }
  return p;
}
