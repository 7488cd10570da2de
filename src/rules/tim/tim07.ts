// TIM-07 (Perbup Banjar 9(4), 9(5)): a person is in at most 3 team assignments in a calendar year, and one
// assignment lasts at most 12 months for a member from the owner unit ("di dalam Unit Organisasi") or 6 months for a
// member from another unit or instansi ("diperbantukan"). Readings: "paling banyak 3 (tiga) kali" is counted per
// calendar year (DOMAIN §5); an assignment counts in every year its period touches, and once per team; a period
// with a missing or unreadable end counts in its start year only, and a period with no readable date is not counted
// (TIM-11 reports it). The end date is inclusive (the messages say "s.d."): "paling lama 6 bulan" from 1 Januari
// ends on 30 Juni, so the period is over the limit when its end reaches the same day six months later (1 Juli);
// 12 months from 1 Januari 2026 end on 31 Desember 2026. A start late in a month counts from the clamped day
// (31 Agustus + 6 bulan = 28 Februari, so the last day within the limit is 27 Februari). The member is at fault: its position comes first (a person of another instansi,
// known by NIP or else by name and instansi, has none: the team comes first).
import { addMonths, compareTeams, formatTanggal, parseIsoDate, type Position, type Team, type TeamMember, type Workspace } from '../../model';
import { cite } from '../regulations';
import { defineTeamSetRule, type ReportedFinding, type RuleContext } from '../types';
import { memberLabel, originOf, personSubject, teamName } from './common';

const MAX_PER_YEAR = 3;
const MONTHS_OWN_UNIT = 12;
const MONTHS_OTHER = 6;

/**
 * Who a member is, across teams: the pemangku of a jabatan (position id and person id; the position alone when the
 * member names no pemangku), or a person of another instansi. Two pemangku of one jabatan are two persons.
 */
function personKey(m: TeamMember): string | null {
  if (m.positionId !== null) return m.personId !== null ? `${m.positionId}\u0001${m.personId}` : m.positionId;
  if (!m.external) return null;
  const e = m.external;
  // "\u0000" cannot start a position id, so these never meet one
  return e.nip.trim() ? `\u0000nip:${e.nip.trim()}` : `\u0000${e.nama.trim().toLowerCase()}|${e.instansi.trim().toLowerCase()}`;
}

/** A period read once: its years, and whether it runs past 6 or 12 months (null bounds: not judged). */
interface Span {
  mulai: string | null;
  selesai: string | null;
  years: number[];
  /** both dates readable and in order */
  judged: boolean;
  over: Record<number, boolean>;
}

function spanOf(mulai: string | null, selesai: string | null): Span {
  const start = parseIsoDate(mulai);
  const end = parseIsoDate(selesai);
  const span: Span = { mulai, selesai, years: [], judged: false, over: {} };
  if (start && end && selesai! >= mulai!) {
    for (let y = start.year; y <= end.year; y++) span.years.push(y);
    span.judged = true;
    for (const limit of [MONTHS_OTHER, MONTHS_OWN_UNIT]) span.over[limit] = selesai! >= addMonths(mulai!, limit);
  } else if (start) span.years.push(start.year);
  else if (end) span.years.push(end.year);
  return span;
}

function checkDuration(ctx: RuleContext, team: Team, m: TeamMember, span: Span, report: (s: string[], msg: string) => void): void {
  // Within the shorter limit nobody is over; only then does the member's origin matter.
  if (!span.judged || !span.over[MONTHS_OTHER]) return; // TIM-11 judges unreadable or reversed periods
  const origin = originOf(ctx, team, m);
  if (origin === null) return;
  const limit = origin === 'unit-pemilik' ? MONTHS_OWN_UNIT : MONTHS_OTHER;
  if (!span.over[limit]) return;
  const from = origin === 'unit-pemilik' ? 'dari unit pemilik kinerja' : origin === 'instansi-lain' ? 'dari instansi lain' : 'dari unit organisasi lain';
  report(
    m.positionId !== null ? [m.positionId, team.id] : [team.id],
    `Penugasan ${memberLabel(ctx, m)} dalam Tim ${teamName(team)} berlangsung ${formatTanggal(span.mulai!)} s.d. ` +
      `${formatTanggal(span.selesai!)}, lebih dari ${limit} bulan; anggota ${from} ditugaskan paling lama ${limit} bulan ` +
      'dalam sekali penugasan.',
  );
}

export const tim07 = defineTeamSetRule({
  id: 'TIM-07',
  scope: 'team-set',
  title: 'Batas penugasan dalam tim kerja terlampaui',
  description:
    'Seorang Pejabat Fungsional atau Pelaksana ditugaskan dalam tim kerja paling banyak 3 kali (dalam satu tahun ' +
    'kalender) dan paling lama 12 bulan sekali penugasan bila berasal dari unit pemilik kinerja, atau 6 bulan bila ' +
    'berasal dari unit organisasi atau instansi lain.',
  defaultSeverity: {
    nasional: 'off',
    'banjarmasin-147-2023': 'off',
    'palembang-30-2023': 'off',
    'padang-panjang-48-2024': 'off',
    'banjar-39-2024': 'error',
    'serang-23-2023': 'off',
  },
  citation: cite({
    nasional: 'tidak ada batas penugasan yang diperiksa',
    'banjarmasin-147-2023': 'Pasal 11 (tanpa batas jumlah dan lama penugasan)',
    'palembang-30-2023': 'Pasal 7 (tanpa batas jumlah dan lama penugasan)',
    'padang-panjang-48-2024': 'Pasal 7 ayat (4)',
    'banjar-39-2024': 'Pasal 9 ayat (4) dan ayat (5)',
    'serang-23-2023': 'Pasal 11 (tanpa batas jumlah dan lama penugasan)',
  }),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 9 ayat (4): "Penugasan Pejabat Fungsional dan Pelaksana di dalam Unit Organisasi ke ' +
      'dalam tim kerja paling banyak 3 (tiga) kali dan paling lama 12 (dua belas) bulan dalam sekali Penugasan." ' +
      'Ayat (5): "Anggota tim yang berasal dari lintas Unit Organisasi dan/atau lintas Instansi Pemerintah ... dapat ' +
      'diperbantukan ke dalam tim kerja paling banyak 3 (tiga) kali dan paling lama 6 (enam) bulan dalam sekali penugasan."',
    legalExample: 'Analis dari Bidang lain diperbantukan 1 Januari – 30 Juni 2026 dalam dua tim.',
    illegalExample: 'Analis yang sama dalam empat tim pada 2026, atau diperbantukan 1 Januari – 31 Juli 2026.',
  },
  check(ctx, report) {
    // Count assignments per year and person, then name the teams of those over the limit.
    const counts = new Map<number, Map<string, TeamMember[]>>();
    const teamsOf = new Map<TeamMember, Team>();
    for (const team of ctx.teams()) {
      const part = partOf(ctx, team);
      for (const f of part.durations) report(f);
      for (const { key, member, years } of part.entries) {
        teamsOf.set(member, team);
        for (const y of years) {
          let perYear = counts.get(y);
          if (!perYear) counts.set(y, (perYear = new Map()));
          const list = perYear.get(key);
          if (list) list.push(member);
          else perYear.set(key, [member]);
        }
      }
    }
    for (const [year, perYear] of counts) {
      for (const members of perYear.values()) {
        if (members.length <= MAX_PER_YEAR) continue;
        const teams = members.map((m) => teamsOf.get(m)!).sort(compareTeams);
        const member = members[0];
        report({
          subjects:
            member.positionId !== null
              ? [member.positionId, ...(personSubject(ctx, member) ? [member.personId!] : []), ...teams.map((t) => t.id)]
              : teams.map((t) => t.id),
          message:
            `${memberLabel(ctx, member)} ditugaskan dalam ${teams.length} tim kerja pada tahun ${year} ` +
            `(${teams.map(teamName).join(', ')}); paling banyak ${MAX_PER_YEAR} kali penugasan.`,
        });
      }
    }
  },
});

/**
 * What one team contributes: its duration findings and, per person (once per team), the years it counts in. Kept
 * per team object — documents are immutable, so an unchanged team reuses its part as long as the positions it names
 * and the units are the same objects — which spares the incremental linter most of the work when one team changes.
 */
interface TeamPart {
  units: Workspace['units'];
  positions: (Position | undefined)[];
  durations: ReportedFinding[];
  entries: { key: string; member: TeamMember; years: number[] }[];
}

const parts = new WeakMap<Team, TeamPart>();

function partOf(ctx: RuleContext, team: Team): TeamPart {
  const positions = team.members.map((m) => (m.positionId !== null ? ctx.doc.positions[m.positionId] : undefined));
  const cached = parts.get(team);
  if (cached && cached.units === ctx.doc.units && cached.positions.every((p, i) => p === positions[i])) return cached;
  const part: TeamPart = { units: ctx.doc.units, positions, durations: [], entries: [] };
  const teamSpan = spanOf(team.mulai, team.selesai);
  const seen = new Set<string>();
  team.members.forEach((m, i) => {
    const span = m.mulai === null && m.selesai === null ? teamSpan : spanOf(m.mulai ?? team.mulai, m.selesai ?? team.selesai);
    checkDuration(ctx, team, m, span, (subjects, message) => part.durations.push({ subjects, message }));
    const key = personKey(m);
    if (key === null || seen.has(key)) return;
    if (m.positionId !== null && !positions[i]) return; // TIM-09
    seen.add(key);
    if (span.years.length) part.entries.push({ key, member: m, years: span.years });
  });
  parts.set(team, part);
  return part;
}
