// What the JAB rules share (DOMAIN.md §8.3): they check the peta jabatan data, not a provision of the regulations,
// so every profile cites "integritas data peta jabatan" — with the regulation's own peta jabatan article where it has
// one (Perbup Banjar 39/2024 Pasal 1 angka 20, Perwali Serang 23/2023 Pasal 5 ayat (1)) — and they are informational.
import type { Position, ProfileId } from '../../model';
import { REGULATIONS } from '../regulations';
import type { RuleContext, SeverityOrOff } from '../types';

export const JAB_BASIS = 'integritas data peta jabatan';

const ARTICLE: Partial<Record<ProfileId, string>> = {
  'banjar-39-2024': 'Pasal 1 angka 20 (peta jabatan)',
  'serang-23-2023': 'Pasal 5 ayat (1) (peta jabatan Unit Organisasi)',
};

export function jabCitation(): Record<ProfileId, string> {
  const out = {} as Record<ProfileId, string>;
  for (const id of Object.keys(REGULATIONS) as ProfileId[]) {
    const article = ARTICLE[id];
    out[id] = `${REGULATIONS[id].short}, ${article ? `${article}; ` : ''}${JAB_BASIS}`;
  }
  return out;
}

export const JAB_SEVERITY: Record<ProfileId, SeverityOrOff> = {
  nasional: 'info',
  'banjarmasin-147-2023': 'info',
  'palembang-30-2023': 'info',
  'padang-panjang-48-2024': 'info',
  'banjar-39-2024': 'info',
  'serang-23-2023': 'info',
};

export const PETA_JABATAN_CLAUSE =
  'Perbup Banjar 39/2024 Pasal 1 angka 20: "Peta Jabatan adalah susunan nama dan tingkat Jabatan …"; pemeriksaan ini ' +
  'menjaga data peta jabatan (kelas, kebutuhan, bezetting, pemangku) tetap masuk akal, bukan ketentuan peraturan.';

/**
 * A NIP as the BKN issues it — 18 digits (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut) — or null. Spaces, as
 * in the printed "19870312 201001 1 002", are tolerated. One pass over the characters, allocating only when the NIP
 * has spaces. The rules read it through nipsOf, which parses each NIP once per lint.
 */
export function nip18(nip: string): string | null {
  let digits = 0;
  let spaces = false;
  for (let i = 0; i < nip.length; i++) {
    const c = nip.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 32) spaces = true;
    else return null;
  }
  if (digits !== 18) return null;
  return spaces ? nip.replace(/ /g, '') : nip;
}

/**
 * The NIPs of a jabatan's pemangku as nip18 reads them ('' = no NIP, null = malformed), in pemangku order. Parsed
 * once per lint: the result is kept in the lint context's memo (keyed by the position object, which a lint never
 * sees change), so JAB-03 (per position) and JAB-04 (across the document) share one parse of 20,000 NIPs.
 */
export function nipsOf(ctx: RuleContext, p: Position): readonly (string | null)[] {
  const cache = ctx.memo('jab:nips', () => new Map<Position, (string | null)[]>());
  let nips = cache.get(p);
  if (!nips) {
    nips = new Array<string | null>(p.pemangku.length);
    for (let i = 0; i < p.pemangku.length; i++) {
      const raw = p.pemangku[i].nip;
      nips[i] = raw === '' ? '' : nip18(raw);
    }
    cache.set(p, nips);
  }
  return nips;
}
