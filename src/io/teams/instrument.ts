// A draft of the instrument that establishes a team — the one the profile requires for the team's scope
// (rules/tim/instrument.ts, DOMAIN §5.1) — with the team list attached, as a structured model and as printable HTML.
// The formats follow Perbup Banjar 39/2024 Lampiran bagian IV: Keputusan Bupati / Keputusan Sekretaris Daerah
// (Menimbang, Mengingat, MEMUTUSKAN, diktum KESATU …, lampiran "Daftar Susunan Keanggotaan Tim") and Surat Tugas
// (Dasar, MEMERINTAHKAN: Kepada, Untuk; signed by the Kepala Perangkat Daerah with pangkat and NIP). A Surat Perintah
// (Perwali Palembang Pasal 9) takes the Surat Tugas layout with the content Pasal 9(1) asks for. What the document
// does not know is left as a dotted blank. Dates are written in Indonesian ("23 November 2026").
import {
  formatTanggal,
  isIsoDate,
  parseIsoDate,
  structureIndex,
  teamLeaders,
  teamScope,
  unitHead,
  type InstrumentJenis,
  type Penandatangan,
  type Position,
  type ProfileId,
  type Team,
  type TeamScope,
  type Unit,
  type Workspace,
} from '../../model';
import { REGULATIONS } from '../../rules/regulations';
import { requiredInstrument, type RequiredInstrument } from '../../rules/tim/instrument';
import { BLANK, escapeHtml, printablePage, textOrBlank } from './html';
import { daerahName, ibukotaOf, kepalaDaerahTitle, PANGKAT, pemerintahName, regionOf, type Region } from './region';
import { daftarSusunan, namaTimTanpaAwalan, susunanTableHtml, tahunTim, type SusunanTable } from './susunan';

export interface DraftList {
  style: 'huruf' | 'angka';
  items: { text: string; sub?: DraftList }[];
}

/** One row of the "label : content" layout (Menimbang, Dasar, KESATU, …). */
export interface DraftClause {
  label: string;
  text?: string;
  list?: DraftList;
}

export interface Signatory {
  /** "SEKRETARIS DAERAH KABUPATEN BANJAR" */
  jabatan: string;
  nama: string | null;
  pangkat: string | null;
  nip: string | null;
}

export interface InstrumentDraft {
  teamId: string;
  profileId: ProfileId;
  scope: TeamScope | null;
  /** what the profile requires for the scope; null when the scope cannot be told (no pemilik kinerja) */
  requirement: RequiredInstrument | null;
  jenis: InstrumentJenis;
  penandatangan: Penandatangan;
  /** letterhead lines, top first */
  kop: string[];
  /** "KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR", "SURAT TUGAS" */
  judul: string;
  /** "NOMOR 800/12/2026" or "NOMOR …… TAHUN 2026" */
  nomor: string;
  /** "PEMBENTUKAN TIM SATU DATA TAHUN 2026" (keputusan only) */
  tentang: string | null;
  /** the keputusan's "SEKRETARIS DAERAH KABUPATEN BANJAR," line; null for a surat */
  pejabat: string | null;
  konsiderans: DraftClause[];
  /** "MEMUTUSKAN:" or "MEMERINTAHKAN:" */
  amarHeading: string;
  amar: DraftClause[];
  /** "Ditetapkan di Martapura" / "Martapura" */
  tempat: string;
  /** "23 November 2026", or null for a blank */
  tanggal: string | null;
  signatory: Signatory;
  lampiran: SusunanTable;
  /** heading lines of the lampiran ("LAMPIRAN", "KEPUTUSAN …", "NOMOR …", …) */
  lampiranKepala: string[];
}

export interface DraftOptions {
  /** defaults to the document's profile */
  profileId?: ProfileId;
  /** the draft's date (YYYY-MM-DD) when the team's instrument has none; a blank otherwise */
  tanggal?: string;
  /** place of signing; defaults to the profile region's seat of government, else a blank */
  tempat?: string;
  /** draft another kind or signatory than the profile requires (e.g. what the user declared) */
  jenis?: InstrumentJenis;
  penandatangan?: Penandatangan;
}

const STANDARD_TASKS = {
  // Perbup Banjar Lampiran bagian III huruf B angka 1 (Pimpinan Unit Organisasi) and angka 3, 4 (ketua, anggota)
  penanggungjawab: [
    'memberikan arahan terpadu, masukan, dan umpan balik atas pelaksanaan kegiatan tim',
    'menyediakan dukungan sumber daya untuk pelaksanaan kegiatan tim',
    'melakukan pemantauan dan evaluasi pelaksanaan tugas tim',
  ],
  ketua: [
    'menyusun rincian pelaksanaan kegiatan',
    'membagi peran anggota tim sesuai dengan kompetensi, keahlian, dan/atau keterampilan',
    'melaksanakan kegiatan sesuai dengan perencanaan dan memberikan umpan balik berkala kepada anggota tim',
    'melaporkan hasil kinerja anggota tim kepada Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi',
  ],
  anggota: [
    'menyusun rencana kerja individu',
    'melaksanakan kinerja sesuai ekspektasi Ketua Tim',
    'melaporkan hasil kinerjanya kepada Ketua Tim',
  ],
};

const DIKTUM = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH'];

function upper(s: string): string {
  return s.toUpperCase();
}

function signatoryOf(p: Position | undefined, jabatan: string): Signatory {
  const h = p && p.pemangku.length === 1 ? p.pemangku[0] : null;
  return {
    jabatan: upper(jabatan),
    nama: h?.nama.trim() || null,
    pangkat: h?.golongan ? `${PANGKAT[h.golongan]} (${h.golongan})` : null,
    nip: h?.nip.trim() || null,
  };
}

/** The Perangkat Daerah the team belongs to: its owner's, else its leader's, else its first member's. */
function teamPd(doc: Workspace, team: Team, pdOf: ReadonlyMap<string, Unit>): Unit | undefined {
  if (team.ownerUnitId !== null && doc.units[team.ownerUnitId]) return pdOf.get(team.ownerUnitId);
  for (const m of [...teamLeaders(team), ...team.members]) {
    const p = m.positionId !== null ? doc.positions[m.positionId] : undefined;
    if (p) return pdOf.get(p.unitId);
  }
  return undefined;
}

function headOfUnit(doc: Workspace, unit: Unit | undefined): Position | undefined {
  if (!unit) return undefined;
  return unitHead(doc, structureIndex(doc).positionsByUnit.get(unit.id) ?? [], unit.id);
}

/** "Kepala Dinas Komunikasi dan Informatika": the head's title, completed with the PD's name when it is short ("Kepala Dinas"). */
function kepalaPdTitle(head: Position | undefined, pd: Unit | undefined): string {
  if (!pd) return head?.nama || 'Kepala Perangkat Daerah';
  if (!head?.nama) return `Kepala ${pd.nama}`;
  const rest = head.nama.replace(/^kepala\s+/i, '').trim();
  return rest.length < pd.nama.length && pd.nama.toLowerCase().startsWith(rest.toLowerCase()) ? `Kepala ${pd.nama}` : head.nama;
}

function resolveSignatory(doc: Workspace, team: Team, who: Penandatangan, region: Region, pd: Unit | undefined): Signatory {
  const kdh = kepalaDaerahTitle(region);
  switch (who) {
    case 'kepala-daerah':
      return { jabatan: upper(kdh), nama: null, pangkat: null, nip: null };
    case 'ppk':
      return { jabatan: upper(`${kdh} selaku Pejabat Pembina Kepegawaian`), nama: null, pangkat: null, nip: null };
    case 'sekretaris-daerah': {
      const setda = Object.values(doc.units).find((u) => u.isPerangkatDaerah && u.tipePd === 'setda');
      return signatoryOf(headOfUnit(doc, setda), `Sekretaris Daerah ${daerahName(region)}`);
    }
    case 'kepala-perangkat-daerah': {
      const head = headOfUnit(doc, pd);
      return signatoryOf(head, kepalaPdTitle(head, pd));
    }
    case 'pimpinan-unit-organisasi':
    case 'pejabat-penilai-kinerja': {
      const id = who === 'pimpinan-unit-organisasi' ? team.pimpinanUnitId : team.penilaiKinerjaId;
      const owner = team.ownerUnitId !== null ? doc.units[team.ownerUnitId] : undefined;
      const p = (id !== null ? doc.positions[id] : undefined) ?? headOfUnit(doc, owner);
      return signatoryOf(p, p?.nama || (who === 'pimpinan-unit-organisasi' ? 'Pimpinan Unit Organisasi' : 'Pejabat Penilai Kinerja'));
    }
  }
}

/** "mulai tanggal 1 Januari 2026 sampai dengan tanggal 30 Juni 2026" */
function periodText(team: Team): string {
  const a = isIsoDate(team.mulai) ? formatTanggal(team.mulai!) : BLANK;
  const b = isIsoDate(team.selesai) ? formatTanggal(team.selesai!) : BLANK;
  return `terhitung mulai tanggal ${a} sampai dengan tanggal ${b}`;
}

function tasks(custom: string[], standard: string[]): DraftList {
  const items = (custom.some((t) => t.trim()) ? custom.filter((t) => t.trim()) : standard).map((text) => ({ text }));
  return { style: 'angka', items };
}

/** Where the profile lets either sign (PPKin or PUO), the Pimpinan Unit Organisasi when the team names one. */
function chooseSignatory(requirement: RequiredInstrument | null, team: Team): Penandatangan {
  if (!requirement) return 'pimpinan-unit-organisasi';
  if (requirement.penandatangan.includes('pimpinan-unit-organisasi') && team.pimpinanUnitId !== null) return 'pimpinan-unit-organisasi';
  return requirement.penandatangan[0];
}

/** Build the draft of the instrument the profile requires for the team (or the one asked for in `options`). */
export function draftInstrument(doc: Workspace, teamId: string, options: DraftOptions = {}): InstrumentDraft {
  const team = doc.teams[teamId];
  if (!team) throw new Error(`Tim dengan id «${teamId}» tidak ditemukan dalam dokumen.`);
  const profileId = options.profileId ?? doc.profileId;
  const index = structureIndex(doc);
  const scope = teamScope(doc, team, index.perangkatDaerahOf);
  const requirement = scope ? requiredInstrument(profileId, scope) : null;
  const jenis: InstrumentJenis = options.jenis ?? requirement?.jenis[0] ?? 'surat-tugas';
  const penandatangan: Penandatangan = options.penandatangan ?? chooseSignatory(requirement, team);
  const region = regionOf(doc, profileId);
  const pd = teamPd(doc, team, index.perangkatDaerahOf);
  const signatory = resolveSignatory(doc, team, penandatangan, region, pd);
  const regulation = REGULATIONS[profileId];

  const namaTim = namaTimTanpaAwalan(team);
  const tahun = tahunTim(team) ?? (options.tanggal && parseIsoDate(options.tanggal) ? options.tanggal.slice(0, 4) : null);
  const tahunText = tahun ?? BLANK;
  const tanggalIso = team.instrument?.tanggal && isIsoDate(team.instrument.tanggal) ? team.instrument.tanggal : options.tanggal;
  const tanggal = tanggalIso && isIsoDate(tanggalIso) ? formatTanggal(tanggalIso) : null;
  const nomor = team.instrument?.nomor.trim() ? `NOMOR ${team.instrument.nomor.trim()}` : `NOMOR ${BLANK} TAHUN ${tahunText}`;
  const tempat = options.tempat ?? ibukotaOf(profileId, region);
  const target = team.targetKinerja.trim() || BLANK;
  const ppkin = team.penilaiKinerjaId !== null ? doc.positions[team.penilaiKinerjaId] : undefined;
  const lampiran = daftarSusunan(doc, teamId);
  const rekomendasi = team.rekomendasiTimVerifikasi;
  const rekomendasiText = `Rekomendasi Tim Verifikasi Nomor ${textOrPlain(rekomendasi?.nomor)} tanggal ${
    rekomendasi?.tanggal && isIsoDate(rekomendasi.tanggal) ? formatTanggal(rekomendasi.tanggal) : BLANK
  }`;
  const needsRekomendasi = requirement?.needsRekomendasiTimVerifikasi ?? false;
  const mengingat: DraftList = {
    style: 'angka',
    items: [{ text: `${regulation.title};` }, { text: `${BLANK};` }],
  };

  if (jenis === 'keputusan') {
    const pejabat = signatory.jabatan.replace(/ SELAKU PEJABAT PEMBINA KEPEGAWAIAN$/, '');
    const judul = `KEPUTUSAN ${pejabat}`;
    const tentang = `PEMBENTUKAN TIM ${upper(namaTim)} TAHUN ${tahunText}`;
    const konsiderans: DraftClause[] = [
      {
        label: 'Menimbang',
        list: {
          style: 'huruf',
          items: [
            { text: `bahwa dalam rangka pencapaian target kinerja ${target} Tahun ${tahunText} perlu membentuk Tim ${namaTim};` },
            {
              text:
                'bahwa agar pelaksanaan kegiatan sebagaimana dimaksud dalam huruf a dapat berjalan tertib dan lancar serta ' +
                `mencapai hasil optimal, perlu menetapkan Keputusan ${titleCase(pejabat)} tentang Pembentukan Tim ${namaTim} Tahun ${tahunText};`,
            },
          ],
        },
      },
      { label: 'Mengingat', list: mengingat },
    ];
    if (needsRekomendasi) konsiderans.push({ label: 'Memperhatikan', text: `${rekomendasiText}.` });
    const amar: DraftClause[] = [
      { label: 'Menetapkan', text: `KEPUTUSAN ${pejabat} TENTANG ${tentang}.` },
      {
        label: DIKTUM[0],
        text:
          `Membentuk Tim ${namaTim} Tahun ${tahunText}, dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran ` +
          'yang merupakan bagian tidak terpisahkan dari Keputusan ini.',
      },
      {
        label: DIKTUM[1],
        text: `Tim sebagaimana dimaksud dalam Diktum KESATU bertugas mencapai target kinerja: ${target}, dengan rincian tugas sebagai berikut:`,
        list: {
          style: 'huruf',
          items: [
            { text: 'Penanggungjawab bertugas:', sub: tasks(team.rincianTugas.penanggungjawab, STANDARD_TASKS.penanggungjawab) },
            {
              text: `${teamLeaders(team)[0]?.role === 'koordinator' ? 'Koordinator' : 'Ketua'} bertugas:`,
              sub: tasks(team.rincianTugas.ketua, STANDARD_TASKS.ketua),
            },
            { text: 'Anggota bertugas:', sub: tasks(team.rincianTugas.anggota, STANDARD_TASKS.anggota) },
          ],
        },
      },
      { label: DIKTUM[2], text: `Tim sebagaimana dimaksud dalam Diktum KESATU melaksanakan tugas ${periodText(team)}.` },
      { label: DIKTUM[3], text: `Segala biaya yang timbul atas pelaksanaan Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah ${daerahName(region)}.` },
      { label: DIKTUM[4], text: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.' },
    ];
    const kop =
      penandatangan === 'kepala-daerah' || penandatangan === 'ppk'
        ? [upper(kepalaDaerahTitle(region))]
        : penandatangan === 'sekretaris-daerah'
          ? [upper(pemerintahName(region)), 'SEKRETARIAT DAERAH']
          : [upper(pemerintahName(region)), upper(pd?.nama ?? 'PERANGKAT DAERAH')];
    return {
      teamId,
      profileId,
      scope,
      requirement,
      jenis,
      penandatangan,
      kop,
      judul,
      nomor,
      tentang,
      pejabat: `${pejabat},`,
      konsiderans,
      amarHeading: 'MEMUTUSKAN:',
      amar,
      tempat: `Ditetapkan di ${tempat || BLANK}`,
      tanggal,
      signatory,
      lampiran,
      lampiranKepala: ['LAMPIRAN', judul, nomor, 'TENTANG', tentang],
    };
  }

  // Surat Tugas / Surat Perintah
  const judul = jenis === 'surat-perintah' ? 'SURAT PERINTAH' : 'SURAT TUGAS';
  const dasar: DraftList = {
    style: 'angka',
    items: [
      { text: `Peraturan ${kepalaDaerahTitle(region)} tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja ${pd?.nama ?? 'Perangkat Daerah'};` },
      { text: `${regulation.title};` },
      ...(needsRekomendasi ? [{ text: `${rekomendasiText};` }] : []),
    ],
  };
  const pelapor = ppkin ? `${ppkin.nama}` : BLANK;
  const untuk: DraftList =
    jenis === 'surat-perintah'
      ? {
          style: 'angka',
          items: [
            { text: `Melaksanakan tugas dalam Tim ${namaTim} sebagaimana terlampir, dengan maksud dan tujuan penugasan: ${target};` },
            { text: `Ekspektasi/target kinerja tim: ${target};` },
            { text: `Durasi pelibatan tim ${periodText(team)};` },
            { text: `Ketua Tim melaporkan pelaksanaan tugas tim kepada ${pelapor} sebagai Pejabat Penilai Kinerja; dan` },
            { text: 'Melaksanakan perintah ini dengan penuh tanggung jawab.' },
          ],
        }
      : {
          style: 'angka',
          items: [
            { text: `Melaksanakan tugas dalam Tim Kerja ${namaTim} guna pencapaian kinerja pada ${target} sebagaimana terlampir;` },
            { text: `Melaksanakan tugas ${periodText(team)};` },
            { text: 'Melaksanakan perintah ini dengan penuh tanggung jawab; dan' },
            { text: `Melaporkan hasilnya kepada ${pelapor} sebagai Pejabat Penilai Kinerja.` },
          ],
        };
  return {
    teamId,
    profileId,
    scope,
    requirement,
    jenis,
    penandatangan,
    kop: [upper(pemerintahName(region)), upper(pd?.nama ?? 'PERANGKAT DAERAH')],
    judul,
    nomor,
    tentang: null,
    pejabat: null,
    konsiderans: [{ label: 'Dasar', list: dasar }],
    amarHeading: 'MEMERINTAHKAN:',
    amar: [
      { label: 'Kepada', text: 'Nama-nama berikut sebagaimana terlampir.' },
      { label: 'Untuk', list: untuk },
    ],
    tempat: tempat || BLANK,
    tanggal,
    signatory,
    lampiran,
    lampiranKepala: [
      `Lampiran ${jenis === 'surat-perintah' ? 'Surat Perintah' : 'Surat Tugas'}`,
      `Nomor : ${team.instrument?.nomor.trim() || BLANK}`,
      `Tanggal : ${tanggal ?? BLANK}`,
    ],
  };
}

function textOrPlain(s: string | null | undefined): string {
  return s && s.trim() ? s.trim() : BLANK;
}

/** "SEKRETARIS DAERAH KABUPATEN BANJAR" → "Sekretaris Daerah Kabupaten Banjar" */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

// ── HTML ────────────────────────────────────────────────────────────────────────────────────────────────────

function listHtml(list: DraftList): string {
  const items = list.items.map((i) => `<li>${escapeHtml(i.text)}${i.sub ? listHtml(i.sub) : ''}</li>`).join('');
  return `<ol class="${list.style}">${items}</ol>`;
}

function clausesHtml(clauses: DraftClause[]): string {
  const rows = clauses
    .map(
      (c) =>
        `<tr><td class="label">${escapeHtml(c.label)}</td><td class="titik">:</td><td>` +
        `${c.text ? `<p>${escapeHtml(c.text)}</p>` : ''}${c.list ? listHtml(c.list) : ''}</td></tr>`,
    )
    .join('\n');
  return `<table class="klausul">\n${rows}\n</table>`;
}

/** The signature block; the lampiran repeats it without place and date, as the formats do. */
function signatureHtml(d: InstrumentDraft, withPlace = true): string {
  const s = d.signatory;
  const place = !withPlace
    ? ''
    : d.jenis === 'keputusan'
      ? `<p>${escapeHtml(d.tempat)}</p><p>pada tanggal ${textOrBlank(d.tanggal)}</p>`
      : `<p>${escapeHtml(d.tempat)}, ${textOrBlank(d.tanggal)}</p>`;
  const extra =
    d.jenis === 'keputusan'
      ? ''
      : `<p>${textOrBlank(s.pangkat)}</p><p>NIP. ${textOrBlank(s.nip)}</p>`;
  return `<div class="ttd">${place}<p><strong>${escapeHtml(s.jabatan)},</strong></p><p class="nama">${textOrBlank(s.nama)}</p>${extra}</div>`;
}

/** The instrument with its lampiran as one standalone printable page (the lampiran starts on a new sheet). */
export function renderInstrumentHtml(d: InstrumentDraft): string {
  const parts: string[] = [];
  parts.push(`<div class="kop">${d.kop.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`);
  parts.push(`<p class="judul">${escapeHtml(d.judul)}</p>`);
  parts.push(`<p class="nomor">${escapeHtml(d.nomor)}</p>`);
  if (d.tentang) parts.push(`<p class="center">TENTANG</p><p class="tentang">${escapeHtml(d.tentang)}</p>`);
  if (d.pejabat) parts.push(`<p class="pejabat">${escapeHtml(d.pejabat)}</p>`);
  parts.push(clausesHtml(d.konsiderans));
  parts.push(`<p class="amar">${escapeHtml(d.amarHeading)}</p>`);
  parts.push(clausesHtml(d.amar));
  parts.push(signatureHtml(d));
  parts.push(
    `<section class="lampiran"><div class="lampiran-kepala">${d.lampiranKepala.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>` +
      `${susunanTableHtml(d.lampiran)}${signatureHtml(d, false)}</section>`,
  );
  const title = `${d.judul} — ${d.tentang ?? d.lampiran.judul}`;
  return printablePage(title, parts.join('\n'));
}
