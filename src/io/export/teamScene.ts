// A Tim Kerja as a Scene: a team chart. The Penanggungjawab on top (when set), the Ketua or Koordinator below, and
// the Anggota grouped in one band under them; each box says the role, the position (jabatan), its unit and
// Perangkat Daerah (or the other instansi of an outside person) and the holder's name. Above the chart, the
// pemilik kinerja and the target the team works for.
import { compareTeams, isLeaderRole, memberPerson, structureIndex, TEAM_ROLE_LABELS, type Team, type TeamMember, type Workspace } from '../../model';
import { fitBlock } from '../text/measure';
import { blockLines } from './structureScene';
import { sceneOf, wrapTo, type ExportPage, type Scene, type SceneItem, type SceneShape, type TextLine } from './scene';

const BOX_W = 230;
const BOX_H = 96;
const GAP_X = 18;
const ROW_GAP = 44;
const BAND_HEADER = 26;
const BAND_PAD = 14;
const MEMBERS_PER_ROW = 4;
const LINE = { stroke: '#1e3a5f', width: 1.6 };

type Role = 'penanggungjawab' | TeamMember['role'];

const ROLE_STYLE: Record<Role, { fill: string; stroke: string; text: string }> = {
  penanggungjawab: { fill: '#0f2a4a', stroke: '#0f2a4a', text: '#ffffff' },
  ketua: { fill: '#2f6fb0', stroke: '#1e4f85', text: '#ffffff' },
  koordinator: { fill: '#2f6fb0', stroke: '#1e4f85', text: '#ffffff' },
  anggota: { fill: '#e3f4ea', stroke: '#2e8b57', text: '#143d24' },
};

interface Person {
  id: string;
  role: Role;
  jabatan: string;
  /** unit and Perangkat Daerah, or the other instansi */
  asal: string;
  nama: string;
}

function personOf(doc: Workspace, pdOf: ReturnType<typeof structureIndex>['perangkatDaerahOf'], id: string, role: Role, positionId: string | null, m?: TeamMember): Person {
  if (positionId !== null) {
    const p = doc.positions[positionId];
    if (!p) return { id, role, jabatan: '(jabatan sudah dihapus)', asal: '', nama: '' };
    const unit = doc.units[p.unitId]?.nama ?? '';
    const pd = pdOf.get(p.unitId)?.nama ?? '';
    return { id, role, jabatan: p.nama, asal: pd && pd !== unit ? `${unit}, ${pd}` : unit, nama: (m ? memberPerson(doc, m) : p.pemangku.length === 1 ? p.pemangku[0] : null)?.nama.trim() ?? '' };
  }
  const e = m?.external;
  return { id, role, jabatan: e?.jabatan.trim() || '(jabatan tidak dicatat)', asal: e ? `${e.instansi} (instansi lain)` : '', nama: e?.nama.trim() ?? '' };
}

function personBox(p: Person, x: number, y: number): SceneShape {
  const s = ROLE_STYLE[p.role];
  const role = (p.role === 'penanggungjawab' ? 'Penanggungjawab' : TEAM_ROLE_LABELS[p.role]).toUpperCase();
  // the same fitting as a position's box: nothing cut, the font steps down, the box grows past the smallest size
  const block = fitBlock(
    [
      { text: role, size: 10, bold: true, fixed: true, leading: 1.3 },
      { text: p.jabatan, size: 12.5, bold: true, leading: 1.18 },
      { text: p.asal, size: 10, leading: 1.25 },
      { text: p.nama, size: 10.5, italic: true, leading: 1.25 },
    ],
    BOX_W - 20,
    BOX_H - 12,
    0.6,
  );
  const height = Math.max(BOX_H, Math.ceil(block.height + 12));
  const texts = blockLines(block, { x: x + 10, y, height, padTop: 6, color: s.text });
  return { type: 'shape', shape: 'rect', className: `member role-${p.role}`, id: p.id, x, y, width: BOX_W, height, radius: 6, fill: s.fill, stroke: s.stroke, strokeWidth: 1.5, texts };
}

/** A row of `count` boxes centred on `cx`: their left edges. */
function rowXs(count: number, cx: number): number[] {
  const width = count * BOX_W + (count - 1) * GAP_X;
  return Array.from({ length: count }, (_, i) => cx - width / 2 + i * (BOX_W + GAP_X));
}

/** Lines from the bottom centres of `upper` to the top centres of `lower` through one horizontal bus. */
function connect(upper: { x: number; y: number }[], lower: { x: number; y: number }[]): SceneItem[] {
  if (!upper.length || !lower.length) return [];
  const busY = (Math.max(...upper.map((p) => p.y)) + Math.min(...lower.map((p) => p.y))) / 2;
  const xs = [...upper, ...lower].map((p) => p.x);
  const out: SceneItem[] = [];
  const path = (points: { x: number; y: number }[]): SceneItem => ({ type: 'path', className: 'line', points, ...LINE });
  for (const p of upper) out.push(path([p, { x: p.x, y: busY }]));
  if (Math.max(...xs) - Math.min(...xs) > 0.5) out.push(path([{ x: Math.min(...xs), y: busY }, { x: Math.max(...xs), y: busY }]));
  for (const p of lower) out.push(path([{ x: p.x, y: busY }, p]));
  return out;
}

export function teamScene(doc: Workspace, team: Team): Scene {
  const pdOf = structureIndex(doc).perangkatDaerahOf;
  const leaders = team.members.filter((m) => isLeaderRole(m.role)).map((m) => personOf(doc, pdOf, m.id, m.role, m.positionId, m));
  const members = team.members.filter((m) => !isLeaderRole(m.role)).map((m) => personOf(doc, pdOf, m.id, m.role, m.positionId, m));
  const pj = team.penanggungjawabId !== null ? personOf(doc, pdOf, `pj:${team.id}`, 'penanggungjawab', team.penanggungjawabId) : null;

  const cols = Math.max(1, Math.min(MEMBERS_PER_ROW, members.length));
  const bandWidth = Math.max(cols * BOX_W + (cols - 1) * GAP_X + 2 * BAND_PAD, 2 * BOX_W + GAP_X + 2 * BAND_PAD, leaders.length * (BOX_W + GAP_X) - GAP_X);
  const cx = bandWidth / 2;

  const items: SceneItem[] = [];
  const lines: SceneItem[] = [];
  let y = 0;
  const info: string[] = [];
  if (team.ownerUnitId && doc.units[team.ownerUnitId]) info.push(`Pemilik kinerja: ${doc.units[team.ownerUnitId].nama}`);
  if (team.targetKinerja.trim()) info.push(`Target kinerja: ${team.targetKinerja.trim()}`);
  for (const text of info.flatMap((t) => wrapTo(t, bandWidth, 11.5))) {
    y += 15;
    items.push({ type: 'text', text, x: 0, y, size: 11.5, color: '#1d2b38' });
  }
  if (info.length) y += 16;

  let above: { x: number; y: number }[] = [];
  if (pj) {
    const x = cx - BOX_W / 2;
    items.push(personBox(pj, x, y));
    above = [{ x: cx, y: y + BOX_H }];
    y += BOX_H + ROW_GAP;
  }
  if (leaders.length) {
    const xs = rowXs(leaders.length, cx);
    leaders.forEach((p, i) => items.push(personBox(p, xs[i], y)));
    lines.push(...connect(above, xs.map((x) => ({ x: x + BOX_W / 2, y }))));
    above = xs.map((x) => ({ x: x + BOX_W / 2, y: y + BOX_H }));
    y += BOX_H + ROW_GAP;
  }

  const rows = Math.max(1, Math.ceil(members.length / cols));
  const bandHeight = BAND_HEADER + BAND_PAD + rows * BOX_H + (rows - 1) * GAP_X + BAND_PAD;
  const bandTexts: TextLine[] = [{ text: `ANGGOTA (${members.length})`, x: 12, y: y + 18, size: 12, bold: true, color: '#143d24' }];
  if (!members.length) bandTexts.push({ text: 'Belum ada anggota.', x: cx, y: y + BAND_HEADER + BAND_PAD + 20, size: 12, italic: true, color: '#4d6378', anchor: 'middle' });
  items.push({
    type: 'shape',
    shape: 'rect',
    className: 'band role-anggota',
    x: 0,
    y,
    width: bandWidth,
    height: members.length ? bandHeight : BAND_HEADER + 2 * BAND_PAD + 30,
    radius: 8,
    fill: '#f7fafc',
    stroke: '#9fc5ad',
    strokeWidth: 1,
    header: { side: 'top', size: BAND_HEADER, fill: '#dcefe3' },
    texts: bandTexts,
  });
  lines.push(...connect(above, [{ x: cx, y }]));
  members.forEach((p, i) => {
    const row = Math.floor(i / cols);
    const inRow = Math.min(cols, members.length - row * cols);
    const x = rowXs(inRow, cx)[i % cols];
    items.push(personBox(p, x, y + BAND_HEADER + BAND_PAD + row * (BOX_H + GAP_X)));
  });
  return sceneOf([...lines, ...items]);
}

/** Every team of the document, in name order, one page each (the Tim Kerja view with no team open). */
export function allTeamPages(doc: Workspace): ExportPage[] {
  return Object.values(doc.teams)
    .sort(compareTeams)
    .map((team) => ({ title: team.nama || '(tim tanpa nama)', scene: teamScene(doc, team) }));
}
