// The "Daftar Susunan Keanggotaan Tim" of Perbup Banjar 39/2024, Lampiran bagian IV (the lampiran of its decree
// formats): columns NO, NAMA, KEDUDUKAN DALAM TIM, INSTANSI/PERANGKAT DAERAH, JABATAN; rows Penanggungjawab, Ketua
// (or Koordinator), then the Anggota in member order. A structured table first, then printable HTML.
import {
  memberPerson,
  parseIsoDate,
  structureIndex,
  TEAM_ROLE_LABELS,
  type Position,
  type Team,
  type TeamMember,
  type Workspace,
} from '../../model';
import { escapeHtml, printablePage, textOrBlank } from './html';

export const SUSUNAN_COLUMNS = ['NO.', 'NAMA', 'KEDUDUKAN DALAM TIM', 'INSTANSI/PERANGKAT DAERAH', 'JABATAN'] as const;

export type Kedudukan = 'Penanggungjawab' | 'Ketua' | 'Koordinator' | 'Anggota';

export interface SusunanRow {
  no: number;
  /** the holder's name; null when the position has no holder data (a blank to fill in by hand) */
  nama: string | null;
  nip: string | null;
  kedudukan: Kedudukan;
  /** the Perangkat Daerah, or the other instansi */
  instansi: string;
  jabatan: string;
  /** the position, when the row is one */
  positionId: string | null;
}

export interface SusunanTable {
  teamId: string;
  /** "DAFTAR SUSUNAN KEANGGOTAAN TIM SISTEM INFORMASI PELAYANAN" */
  judul: string;
  /** "2026" from the team's start (else its end), null when neither is set */
  tahun: string | null;
  columns: readonly string[];
  rows: SusunanRow[];
  /** what the table could not show, in Bahasa Indonesia (e.g. a member whose position is gone) */
  catatan: string[];
}

/** "Tim Sistem Informasi" → "SISTEM INFORMASI" (the format writes "TIM …" itself). */
export function namaTimTanpaAwalan(team: Pick<Team, 'nama'>): string {
  return team.nama.trim().replace(/^tim\s+/i, '');
}

export function tahunTim(team: Pick<Team, 'mulai' | 'selesai'>): string | null {
  const d = parseIsoDate(team.mulai) ?? parseIsoDate(team.selesai);
  return d ? String(d.year) : null;
}

export function daftarSusunan(doc: Workspace, teamId: string): SusunanTable {
  const team = doc.teams[teamId];
  if (!team) throw new Error(`Tim dengan id «${teamId}» tidak ditemukan dalam dokumen.`);
  const pdOf = structureIndex(doc).perangkatDaerahOf;
  const rows: SusunanRow[] = [];
  const catatan: string[] = [];
  const positionRow = (p: Position, kedudukan: Kedudukan, m?: TeamMember): Omit<SusunanRow, 'no'> => {
    const person = m ? memberPerson(doc, m) : p.pemangku.length === 1 ? p.pemangku[0] : null;
    return {
    nama: person?.nama.trim() || null,
    nip: person?.nip.trim() || null,
    kedudukan,
    instansi: pdOf.get(p.unitId)?.nama ?? '',
    jabatan: p.nama,
    positionId: p.id,
    };
  };
  const push = (row: Omit<SusunanRow, 'no'>) => rows.push({ no: rows.length + 1, ...row });

  const pj = team.penanggungjawabId !== null ? doc.positions[team.penanggungjawabId] : undefined;
  if (pj) push(positionRow(pj, 'Penanggungjawab'));
  else {
    if (team.penanggungjawabId !== null) catatan.push(`Jabatan Penanggungjawab («${team.penanggungjawabId}») tidak ada dalam struktur.`);
    push({ nama: null, nip: null, kedudukan: 'Penanggungjawab', instansi: '', jabatan: '', positionId: null });
  }
  const memberRow = (m: TeamMember): void => {
    const kedudukan = TEAM_ROLE_LABELS[m.role] as Kedudukan;
    if (m.positionId !== null) {
      const p = doc.positions[m.positionId];
      if (p) push(positionRow(p, kedudukan, m));
      else catatan.push(`${kedudukan} yang menunjuk jabatan «${m.positionId}» tidak dicantumkan: jabatannya tidak ada dalam struktur.`);
    } else if (m.external) {
      push({
        nama: m.external.nama.trim() || null,
        nip: m.external.nip.trim() || null,
        kedudukan,
        instansi: m.external.instansi,
        jabatan: m.external.jabatan,
        positionId: null,
      });
    }
  };
  for (const m of team.members) if (m.role !== 'anggota') memberRow(m);
  for (const m of team.members) if (m.role === 'anggota') memberRow(m);

  return {
    teamId,
    judul: `DAFTAR SUSUNAN KEANGGOTAAN TIM ${namaTimTanpaAwalan(team).toUpperCase()}`,
    tahun: tahunTim(team),
    columns: SUSUNAN_COLUMNS,
    rows,
    catatan,
  };
}

/** The table as HTML (a fragment; escaped). */
export function susunanTableHtml(table: SusunanTable): string {
  const head = table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = table.rows
    .map(
      (r) =>
        `<tr><td class="no">${r.no}.</td><td>${textOrBlank(r.nama)}${r.nip ? `<br>NIP. ${escapeHtml(r.nip)}` : ''}</td>` +
        `<td>${escapeHtml(r.kedudukan)}</td><td>${textOrBlank(r.instansi)}</td><td>${textOrBlank(r.jabatan)}</td></tr>`,
    )
    .join('\n');
  const catatan = table.catatan.length
    ? `<div class="catatan">${table.catatan.map((c) => `<p>Catatan: ${escapeHtml(c)}</p>`).join('')}</div>`
    : '';
  return (
    `<p class="judul">${escapeHtml(table.judul)}</p>\n<p class="center"><strong>TAHUN ${textOrBlank(table.tahun)}</strong></p>\n` +
    `<table class="susunan">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n${catatan}`
  );
}

/** A standalone printable page with the Daftar Susunan Keanggotaan Tim (print to PDF from the browser). */
export function renderSusunanHtml(table: SusunanTable): string {
  return printablePage(table.judul, susunanTableHtml(table));
}
