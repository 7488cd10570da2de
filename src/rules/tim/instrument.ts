// DOMAIN.md §5.1 as data: the instrument (and its signatory) each profile requires to establish a team of a given
// scope. TIM-08 compares a team's declared instrument with it; io/teams drafts it.
//
// Readings (see the report of the Tim Kerja work): the "Unit Organisasi" of Perbup Banjar Pasal 14(3) and of
// Perwali Serang Pasal 13(2)a is read as the Perangkat Daerah — their Surat Tugas / Keputusan is signed by the
// Kepala Perangkat Daerah (DOMAIN §5). Perwali Palembang Pasal 10(3) makes the Tim Verifikasi's recommendation a
// condition for every Tim Kerja, not only a lintas-instansi one: the regulation wins over the table's cell.
import {
  INSTRUMENT_JENIS_LABELS,
  PENANDATANGAN_LABELS,
  TEAM_SCOPES,
  isInstrumentJenis,
  isPenandatangan,
  type InstrumentJenis,
  type Penandatangan,
  type ProfileId,
  type TeamScope,
} from '../../model';
import { REGULATIONS } from '../regulations';

export interface RequiredInstrument {
  /** accepted kinds of instrument; empty = any kind */
  jenis: readonly InstrumentJenis[];
  /** accepted signatories */
  penandatangan: readonly Penandatangan[];
  /** what the regulation requires, in words: "Keputusan Sekretaris Daerah" */
  label: string;
  /** the clause, e.g. "Perbup Banjar 39/2024, Pasal 14 ayat (2)" */
  basis: string;
  /** Perwali Palembang 30/2023 Pasal 10(3): established after the Tim Verifikasi's recommendation */
  needsRekomendasiTimVerifikasi: boolean;
}

type Row = Omit<RequiredInstrument, 'basis' | 'needsRekomendasiTimVerifikasi'> & { pasal: string };

const PPKIN_OR_PUO: Row = {
  jenis: [],
  penandatangan: ['pejabat-penilai-kinerja', 'pimpinan-unit-organisasi'],
  label: 'penetapan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi',
  pasal: '',
};

const sameForAll = (row: Row): Record<TeamScope, Row> => ({
  'dalam-pd': row,
  'lintas-unit': row,
  'lintas-pd': row,
  'lintas-instansi': row,
});

const TABLE: Record<ProfileId, Record<TeamScope, Row>> = {
  nasional: sameForAll({ ...PPKIN_OR_PUO, pasal: 'ketentuan penetapan penugasan' }),
  'banjarmasin-147-2023': sameForAll({ ...PPKIN_OR_PUO, pasal: 'Pasal 12 ayat (4)' }),
  'padang-panjang-48-2024': sameForAll({ ...PPKIN_OR_PUO, pasal: 'Pasal 8 ayat (4)' }),
  'banjar-39-2024': {
    'dalam-pd': {
      jenis: ['surat-tugas'],
      penandatangan: ['kepala-perangkat-daerah'],
      label: 'Surat Tugas oleh Kepala Perangkat Daerah',
      pasal: 'Pasal 14 ayat (3) dan Lampiran bagian IV (format Surat Tugas)',
    },
    'lintas-unit': {
      jenis: ['surat-tugas'],
      penandatangan: ['kepala-perangkat-daerah'],
      label: 'Surat Tugas oleh Kepala Perangkat Daerah',
      pasal: 'Pasal 14 ayat (3) dan Lampiran bagian IV (format Surat Tugas)',
    },
    'lintas-pd': {
      jenis: ['keputusan'],
      penandatangan: ['sekretaris-daerah'],
      label: 'Keputusan Sekretaris Daerah',
      pasal: 'Pasal 14 ayat (2) dan Lampiran bagian IV (format Keputusan Sekretaris Daerah)',
    },
    'lintas-instansi': {
      jenis: ['keputusan'],
      penandatangan: ['kepala-daerah'],
      label: 'Keputusan Bupati',
      pasal: 'Pasal 14 ayat (1) dan Lampiran bagian IV (format Keputusan Bupati)',
    },
  },
  'palembang-30-2023': {
    'dalam-pd': {
      jenis: ['surat-perintah'],
      penandatangan: ['kepala-perangkat-daerah'],
      label: 'Surat Perintah oleh Kepala Perangkat Daerah',
      pasal: 'Pasal 9 ayat (1) dan Pasal 10 ayat (3)',
    },
    'lintas-unit': {
      jenis: ['surat-perintah'],
      penandatangan: ['kepala-perangkat-daerah'],
      label: 'Surat Perintah oleh Kepala Perangkat Daerah',
      pasal: 'Pasal 8 ayat (4) huruf a dan Pasal 10 ayat (3)',
    },
    'lintas-pd': {
      jenis: ['surat-perintah'],
      penandatangan: ['sekretaris-daerah'],
      label: 'Surat Perintah oleh Sekretaris Daerah',
      pasal: 'Pasal 9 ayat (4) dan Pasal 10 ayat (3)',
    },
    'lintas-instansi': {
      jenis: ['keputusan'],
      penandatangan: ['kepala-daerah'],
      label: 'Keputusan Wali Kota',
      pasal: 'Pasal 9 ayat (5) dan Pasal 10 ayat (3)',
    },
  },
  'serang-23-2023': {
    'dalam-pd': {
      jenis: ['keputusan'],
      penandatangan: ['kepala-perangkat-daerah'],
      label: 'Keputusan Kepala Unit Organisasi (Kepala Perangkat Daerah)',
      pasal: 'Pasal 13 ayat (2) huruf a',
    },
    'lintas-unit': {
      jenis: ['keputusan'],
      penandatangan: ['kepala-perangkat-daerah'],
      label: 'Keputusan Kepala Unit Organisasi (Kepala Perangkat Daerah)',
      pasal: 'Pasal 13 ayat (2) huruf a',
    },
    'lintas-pd': {
      jenis: ['keputusan'],
      penandatangan: ['sekretaris-daerah'],
      label: 'Keputusan Sekretaris Daerah',
      pasal: 'Pasal 13 ayat (2) huruf b',
    },
    'lintas-instansi': {
      jenis: ['keputusan'],
      penandatangan: ['ppk'],
      label: 'Keputusan Pejabat Pembina Kepegawaian atau pejabat yang berwenang',
      pasal: 'Pasal 13 ayat (2) huruf c',
    },
  },
};

function build(profileId: ProfileId, scope: TeamScope): RequiredInstrument {
  const { pasal, ...row } = TABLE[profileId][scope];
  return Object.freeze({
    ...row,
    basis: `${REGULATIONS[profileId].short}, ${pasal}`,
    needsRekomendasiTimVerifikasi: profileId === 'palembang-30-2023',
  });
}

/** The whole table, profile × scope, for documentation and the UI. */
export const INSTRUMENT_REQUIREMENTS: Readonly<Record<ProfileId, Readonly<Record<TeamScope, RequiredInstrument>>>> =
  Object.freeze(
    Object.fromEntries(
      (Object.keys(TABLE) as ProfileId[]).map((p) => [p, Object.freeze(Object.fromEntries(TEAM_SCOPES.map((s) => [s, build(p, s)])))]),
    ) as Record<ProfileId, Record<TeamScope, RequiredInstrument>>,
  );

/** The instrument and signatory `profileId` requires for a team of `scope` (DOMAIN.md §5.1). */
export function requiredInstrument(profileId: ProfileId, scope: TeamScope): RequiredInstrument {
  return INSTRUMENT_REQUIREMENTS[profileId][scope];
}

/** "Keputusan oleh Sekretaris Daerah"; "(belum dicatat)" for missing parts; the raw text when not a known code. */
export function describeDeclared(jenis: string, penandatangan: string): string {
  const j = jenis === '' ? '(jenis belum dicatat)' : (INSTRUMENT_JENIS_LABELS[jenis as InstrumentJenis] ?? `«${jenis}»`);
  const s =
    penandatangan === ''
      ? '(penandatangan belum dicatat)'
      : (PENANDATANGAN_LABELS[penandatangan as Penandatangan] ?? `«${penandatangan}»`);
  return `${j} oleh ${s}`;
}

export type InstrumentStatus = 'sesuai' | 'tidak-sesuai' | 'belum-lengkap' | 'belum-dicatat';

export interface InstrumentVerdict {
  status: InstrumentStatus;
  /** the declared jenis and penandatangan, trimmed */
  jenis: string;
  penandatangan: string;
  /** text that is not a known code, in words ("jenis instrumen «x» tidak dikenali") */
  unknown: string[];
}

/**
 * How a declared instrument compares with the required one: the one reading TIM-08 reports and the team editor
 * shows. Text that is not a known code does not match; a missing half makes it incomplete.
 */
export function instrumentVerdict(required: RequiredInstrument, declared: { jenis: string; penandatangan: string } | null): InstrumentVerdict {
  const jenis = declared?.jenis.trim() ?? '';
  const penandatangan = declared?.penandatangan.trim() ?? '';
  const unknown: string[] = [];
  if (jenis === '' && penandatangan === '') return { status: 'belum-dicatat', jenis, penandatangan, unknown };
  if (jenis !== '' && !isInstrumentJenis(jenis)) unknown.push(`jenis instrumen «${jenis}» tidak dikenali`);
  if (penandatangan !== '' && !isPenandatangan(penandatangan)) unknown.push(`penandatangan «${penandatangan}» tidak dikenali`);
  const wrongJenis = isInstrumentJenis(jenis) && required.jenis.length > 0 && !required.jenis.includes(jenis);
  const wrongSignatory = isPenandatangan(penandatangan) && !required.penandatangan.includes(penandatangan);
  const status = unknown.length || wrongJenis || wrongSignatory ? 'tidak-sesuai' : jenis === '' || penandatangan === '' ? 'belum-lengkap' : 'sesuai';
  return { status, jenis, penandatangan, unknown };
}
