// A terse document builder for rule tests: units and positions with readable ids.
import { emptyWorkspace, type Jenjang, type PositionKind, type ProfileId, type SeveritySetting, type TipePd, type Workspace } from '../../../../src/model';

export interface UnitOptions {
  id?: string;
  pengecualian?: boolean;
  isPerangkatDaerah?: boolean;
  tipePd?: TipePd | null;
}

export interface PositionOptions {
  id?: string;
  jenjang?: Jenjang | null;
  memimpinUnitMandiri?: boolean;
  substansi?: string;
}

export class DocBuilder {
  readonly doc: Workspace;
  private counter = 0;

  constructor(profileId: ProfileId = 'nasional') {
    this.doc = emptyWorkspace('Uji');
    this.doc.id = 'doc_uji';
    this.doc.profileId = profileId;
  }

  private nextId(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }

  /** a top-level Perangkat Daerah */
  pd(nama: string, tipePd: TipePd = 'dinas', opts: UnitOptions = {}): string {
    return this.unit(nama, null, { isPerangkatDaerah: true, tipePd, ...opts });
  }

  unit(nama: string, parentId: string | null, opts: UnitOptions = {}): string {
    const id = opts.id ?? this.nextId('u');
    this.doc.units[id] = {
      id,
      nama,
      parentId,
      isPerangkatDaerah: opts.isPerangkatDaerah ?? false,
      tipePd: opts.tipePd ?? null,
      pengecualian: opts.pengecualian ?? false,
    };
    return id;
  }

  pos(kind: PositionKind, nama: string, unitId: string, superiorId: string | null = null, opts: PositionOptions = {}): string {
    const id = opts.id ?? this.nextId('p');
    this.doc.positions[id] = {
      id,
      kode: id,
      nama,
      kind,
      jenjang: opts.jenjang ?? null,
      unitId,
      superiorId,
      memimpinUnitMandiri: opts.memimpinUnitMandiri ?? false,
      substansi: opts.substansi ?? '',
      kelasJabatan: null, kebutuhan: 1, pemangku: [], bezetting: null,
      placement: null,
    };
    return id;
  }

  jf(jenjang: Jenjang, nama: string, unitId: string, superiorId: string | null, opts: PositionOptions = {}): string {
    return this.pos('fungsional', nama, unitId, superiorId, { ...opts, jenjang });
  }

  override(ruleId: string, setting: SeveritySetting): this {
    this.doc.severityOverrides[ruleId] = setting;
    return this;
  }

  build(): Workspace {
    return structuredClone(this.doc);
  }
}

/**
 * A Dinas with the usual two levels: Kepala Dinas (JPT) → Kepala Bidang A (Administrator, with a Kepala Seksi
 * under them) and Kepala Bidang B (Administrator without a Pengawas). Every unit has its head.
 */
export function dinas(b: DocBuilder, tipePd: TipePd = 'dinas', nama = 'Dinas Kominfo') {
  const pd = b.pd(nama, tipePd);
  const kepala = b.pos('jpt-pratama', `Kepala ${nama}`, pd);
  const bidangA = b.unit('Bidang A', pd);
  const kabidA = b.pos('administrator', 'Kepala Bidang A', bidangA, kepala);
  const seksi = b.unit('Seksi A1', bidangA);
  const kasi = b.pos('pengawas', 'Kepala Seksi A1', seksi, kabidA);
  const bidangB = b.unit('Bidang B', pd);
  const kabidB = b.pos('administrator', 'Kepala Bidang B', bidangB, kepala);
  return { pd, kepala, bidangA, kabidA, seksi, kasi, bidangB, kabidB };
}

/** A Kecamatan: Camat → Sekretaris Camat (same unit) → Kepala Sub Bagian; Camat → Kepala Seksi; plus a Sekcam-less Administrator. */
export function kecamatan(b: DocBuilder, nama = 'Kecamatan Martapura') {
  const pd = b.pd(nama, 'kecamatan');
  const camat = b.pos('administrator', `Camat ${nama}`, pd);
  const sekcam = b.pos('administrator', 'Sekretaris Camat', pd, camat);
  const subbag = b.unit('Sub Bagian Umum', pd);
  const kasubbag = b.pos('pengawas', 'Kepala Sub Bagian Umum', subbag, sekcam);
  const seksi = b.unit('Seksi Pemerintahan', pd);
  const kasi = b.pos('pengawas', 'Kepala Seksi Pemerintahan', seksi, camat);
  return { pd, camat, sekcam, subbag, kasubbag, seksi, kasi };
}
