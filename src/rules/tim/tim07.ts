// TIM-07 (Perbup Banjar 9(4), 9(5)): a person is in at most 3 team assignments in a calendar year, and one
// assignment lasts at most 12 months for a member from the owner unit ("di dalam Unit Organisasi") or 6 months for a
// member from another unit or instansi ("diperbantukan"). Readings: "paling banyak 3 (tiga) kali" is counted per
// calendar year (DOMAIN §5); an assignment counts in every year its period touches, and once per team; a period
// with a missing or unreadable end counts in its start year only, and a period with no readable date is not counted
// (TIM-11 reports it). "Paling lama 6 bulan" allows up to the same day six months later (1 Januari – 1 Juli); the
// 7th month is over the limit. The member is at fault: its position comes first (a person of another instansi,
// known by NIP or else by name and instansi, has none: the team comes first).
import { addMonths, compareTeams, formatTanggal, parseIsoDate, type Team, type TeamMember } from '../../model';
import { cite } from '../regulations';
import { defineTeamSetRule, type RuleContext } from '../types';
import { memberLabel, originOf, teamName } from './common';

const MAX_PER_YEAR = 3;
const MONTHS_OWN_UNIT = 12;
const MONTHS_OTHER = 6;

/** Who a member is, across teams: the position, or a person of another instansi. */
function personKey(m: TeamMember): string | null {
  if (m.positionId !== null) return `p:${m.positionId}`;
  if (!m.external) return null;
  const e = m.external;
  return e.nip.trim() ? `n:${e.nip.trim()}` : `x:${e.nama.trim().toLowerCase()}|${e.instansi.trim().toLowerCase()}`;
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
    for (const limit of [MONTHS_OTHER, MONTHS_OWN_UNIT]) span.over[limit] = selesai! > addMonths(mulai!, limit);
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
    // person → year → teams (once per team)
    const byPerson = new Map<string, { member: TeamMember; years: Map<number, Team[]> }>();
    for (const team of ctx.teams()) {
      const counted = new Set<string>();
      const teamSpan = spanOf(team.mulai, team.selesai);
      for (const m of team.members) {
        const span = m.mulai === null && m.selesai === null ? teamSpan : spanOf(m.mulai ?? team.mulai, m.selesai ?? team.selesai);
        checkDuration(ctx, team, m, span, (subjects, message) => report({ subjects, message }));
        const key = personKey(m);
        if (key === null || counted.has(key)) continue;
        if (m.positionId !== null && !ctx.doc.positions[m.positionId]) continue; // TIM-09
        counted.add(key);
        let entry = byPerson.get(key);
        if (!entry) byPerson.set(key, (entry = { member: m, years: new Map() }));
        for (const y of span.years) {
          const list = entry.years.get(y);
          if (list) list.push(team);
          else entry.years.set(y, [team]);
        }
      }
    }
    for (const { member, years } of byPerson.values()) {
      for (const [year, teams] of years) {
        if (teams.length <= MAX_PER_YEAR) continue;
        teams.sort(compareTeams);
        report({
          subjects: member.positionId !== null ? [member.positionId, ...teams.map((t) => t.id)] : teams.map((t) => t.id),
          message:
            `${memberLabel(ctx, member)} ditugaskan dalam ${teams.length} tim kerja pada tahun ${year} ` +
            `(${teams.map(teamName).join(', ')}); paling banyak ${MAX_PER_YEAR} kali penugasan.`,
        });
      }
    }
  },
});
