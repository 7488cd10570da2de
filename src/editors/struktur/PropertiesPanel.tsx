import { unitOptions as unitOptionsOf } from '../../editor/unitOptions';
import { useMemo, useRef } from 'react';
import { addUnit } from '../../commands/addUnit';
import { movePosition } from '../../commands/movePosition';
import { removeUnit } from '../../commands/removeUnit';
import { updateDocumentInfo } from '../../commands/updateDocumentInfo';
import { updatePosition } from '../../commands/updatePosition';
import { updateUnit } from '../../commands/updateUnit';
import {
  GOLONGAN,
  JENJANG,
  JENJANG_LABELS,
  PENDIDIKAN,
  POSITION_KINDS,
  POSITION_KIND_LABELS,
  PREDIKAT_KINERJA,
  PREDIKAT_LABELS,
  TIPE_PD,
  TIPE_PD_LABELS,
  newId,
  structureIndex,
  teamsAffectedBy,
  unitPath,
  bezettingOf,
  formatSelisih,
  MAX_JUMLAH,
  rekapGroupLabel,
  unitRekap,
  type Pemangku,
  type PemangkuData,
  type Position,
  type Unit,
  type Workspace,
} from '../../model';
import { useStore } from '../../editor/createStore';
import { MapBindingNote, warnAfterPositionChange } from './MapBindingNote';
import { TeamAssignments } from '../tim/TeamAssignments';
import { useEditor, useFieldFocus } from '../../editor/context';

const EMPTY_PERSON: PemangkuData = {
  nama: '',
  nip: '',
  pendidikan: null,
  golongan: null,
  predikatKinerja: null,
  pengalamanTahun: null,
};

type Change = (changes: Partial<Position>, field: string) => unknown;

/** Kelas, K and B of the jabatan (DOMAIN.md §8.3); B is typed only while no pemangku is named. */
function JabatanNumbers({ p, change }: { p: Position; change: Change }) {
  const b = bezettingOf(p);
  const d = b - p.kebutuhan;
  return (
    <>
      <h3>Peta jabatan</h3>
      <div className="row3">
        <label>
          Kelas jabatan
          <input
            type="number"
            min={1}
            max={17}
            data-testid="prop-kelas"
            value={p.kelasJabatan ?? ''}
            onChange={(e) => change({ kelasJabatan: intOrNull(e.target.value, 1, 17) }, 'kelas')}
          />
        </label>
        <label>
          Kebutuhan (K)
          <input
            type="number"
            min={0}
            data-testid="prop-kebutuhan"
            value={p.kebutuhan}
            onChange={(e) => change({ kebutuhan: intOrNull(e.target.value, 0, MAX_JUMLAH) ?? 0 }, 'kebutuhan')}
          />
        </label>
        <label>
          Bezetting (B)
          <input
            type="number"
            min={0}
            data-testid="prop-bezetting"
            value={b}
            disabled={p.pemangku.length > 0}
            title={p.pemangku.length > 0 ? 'B dihitung dari daftar pemangku' : 'Jumlah pemangku bila nama tidak dicatat'}
            onChange={(e) => change({ bezetting: intOrNull(e.target.value, 0, MAX_JUMLAH) }, 'bezetting')}
          />
        </label>
      </div>
      <p className="jabatan-selisih" data-testid="prop-selisih">
        Selisih (B − K): <strong className={d < 0 ? 'c-error' : d > 0 ? 'c-warning' : ''}>{formatSelisih(d)}</strong>
        {d < 0 ? ' (kurang)' : d > 0 ? ' (lebih)' : ''}
      </p>
    </>
  );
}

/** The persons holding the jabatan; each edit is one undo step per field, like the other fields. */
function PemangkuList({ p, change }: { p: Position; change: Change }) {
  const set = (list: Pemangku[], field: string) => change({ pemangku: list }, `pemangku.${field}`);
  const edit = (i: number, changes: Partial<PemangkuData>, field: string) =>
    set(p.pemangku.map((x, j) => (j === i ? { ...x, ...changes } : x)), `${p.pemangku[i].id}.${field}`);
  return (
    <>
      <h3>Pemangku jabatan ({p.pemangku.length})</h3>
      {p.pemangku.map((x, i) => (
        <fieldset key={x.id} className="pemangku" data-testid="pemangku-item">
          <legend>
            Pemangku {i + 1}
            <button
              className="linklike"
              aria-label={`Hapus pemangku ${x.nama || i + 1}`}
              onClick={() => set(p.pemangku.filter((_, j) => j !== i), `hapus.${x.id}`)}
            >
              hapus
            </button>
          </legend>
          <label>
            Nama
            <input value={x.nama} onChange={(e) => edit(i, { nama: e.target.value }, 'nama')} />
          </label>
          <label>
            NIP
            <input value={x.nip} inputMode="numeric" onChange={(e) => edit(i, { nip: e.target.value }, 'nip')} />
          </label>
          <div className="row2">
            <label>
              Pendidikan
              <select value={x.pendidikan ?? ''} onChange={(e) => edit(i, { pendidikan: (e.target.value || null) as Pemangku['pendidikan'] }, 'pendidikan')}>
                <option value="">—</option>
                {PENDIDIKAN.map((v) => (
                  <option key={v}>{v}</option>
                ))}
              </select>
            </label>
            <label>
              Golongan
              <select value={x.golongan ?? ''} onChange={(e) => edit(i, { golongan: (e.target.value || null) as Pemangku['golongan'] }, 'golongan')}>
                <option value="">—</option>
                {GOLONGAN.map((v) => (
                  <option key={v}>{v}</option>
                ))}
              </select>
            </label>
          </div>
          <div className="row2">
            <label>
              Pengalaman (tahun)
              <input
                type="number"
                min={0}
                max={60}
                value={x.pengalamanTahun ?? ''}
                onChange={(e) => edit(i, { pengalamanTahun: intOrNull(e.target.value, 0, 60) }, 'pengalaman')}
              />
            </label>
            <label>
              Predikat kinerja
              <select
                value={x.predikatKinerja ?? ''}
                onChange={(e) => edit(i, { predikatKinerja: (e.target.value || null) as Pemangku['predikatKinerja'] }, 'predikat')}
              >
                <option value="">—</option>
                {PREDIKAT_KINERJA.map((v) => (
                  <option key={v} value={v}>
                    {PREDIKAT_LABELS[v]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
      ))}
      <button
        data-testid="add-pemangku"
        onClick={() => set([...p.pemangku, { id: newId('org'), ...EMPTY_PERSON }], `tambah.${p.pemangku.length}`)}
      >
        Tambah pemangku
      </button>
    </>
  );
}

/** Rekap of a unit with everything below it: jabatan, K, B, ± per kind. */
export function RekapTable({ doc, unitId, testId }: { doc: Workspace; unitId: string; testId?: string }) {
  const rekap = unitRekap(doc, unitId);
  const rows = [...rekap.byGroup.entries()];
  return (
    <table className="rekap" data-testid={testId ?? 'unit-rekap'}>
      <thead>
        <tr>
          <th>Rekap</th>
          <th>Jabatan</th>
          <th>K</th>
          <th>B</th>
          <th>±</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([g, r]) => (
          <tr key={g}>
            <td>{rekapGroupLabel(g)}</td>
            <td>{r.jabatan}</td>
            <td>{r.k}</td>
            <td>{r.b}</td>
            <td className={r.selisih < 0 ? 'c-error' : r.selisih > 0 ? 'c-warning' : ''}>{formatSelisih(r.selisih)}</td>
          </tr>
        ))}
        <tr className="rekap-total">
          <td>Jumlah</td>
          <td>{rekap.total.jabatan}</td>
          <td>{rekap.total.k}</td>
          <td>{rekap.total.b}</td>
          <td className={rekap.total.selisih < 0 ? 'c-error' : rekap.total.selisih > 0 ? 'c-warning' : ''}>{formatSelisih(rekap.total.selisih)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function PropertiesPanel() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc)!;
  const selection = useStore(editor, (s) => s.selection);
  const selected = selection.length === 1 ? doc.positions[selection[0]] : undefined;
  return (
    <section className="panel properties" aria-label="Properti" data-testid="properties">
      {selected ? (
        <PositionProperties doc={doc} p={selected} />
      ) : selection.length > 1 ? (
        <div>
          <h2>{selection.length} jabatan terpilih</h2>
          <button onClick={() => editor.openDialog({ type: 'delete', ids: selection })}>Hapus jabatan terpilih</button>
        </div>
      ) : (
        <DocumentProperties doc={doc} />
      )}
    </section>
  );
}

function PositionProperties({ doc, p }: { doc: Workspace; p: Position }) {
  const nameField = useRef<HTMLInputElement>(null);
  useFieldFocus('position-name', nameField);
  const editor = useEditor();
  const change = (changes: Partial<Position>, field: string) =>
    editor.run(updatePosition, { id: p.id, changes }, { mergeKey: `${p.id}:${field}` });
  const unitOptions = unitOptionsOf(doc);
  const superiorOptions = useMemo(
    () =>
      Object.values(doc.positions)
        .filter((x) => x.id !== p.id)
        .map((x) => ({ id: x.id, label: `${x.kode ? x.kode + ' ' : ''}${x.nama}` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [doc.positions, p.id],
  );
  const unit = doc.units[p.unitId];
  // moving a team member (another superior or unit) may change its team's scope or Pejabat Penilai Kinerja
  const teamCount = useMemo(() => teamsAffectedBy(doc, [p.id]).length, [doc.teams, p.id]);
  return (
    <div className="props">
      <h2>Jabatan</h2>
      <label>
        Nama jabatan
        <input id="prop-nama" ref={nameField} value={p.nama} onChange={(e) => change({ nama: e.target.value }, 'nama')} />
      </label>
      <label>
        Kode
        <input value={p.kode} onChange={(e) => change({ kode: e.target.value }, 'kode')} />
      </label>
      <label>
        Jenis jabatan
        <select
          value={p.kind}
          onChange={(e) => {
            if (change({ kind: e.target.value as Position['kind'] }, 'kind')) warnAfterPositionChange(editor, doc, p.id, { teams: false });
          }}
          data-testid="prop-kind"
        >
          {POSITION_KINDS.map((k) => (
            <option key={k} value={k}>
              {POSITION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {p.kind === 'fungsional' && (
        <>
          <label>
            Jenjang
            <select value={p.jenjang ?? ''} onChange={(e) => change({ jenjang: e.target.value as Position['jenjang'] }, 'jenjang')}>
              {JENJANG.map((j) => (
                <option key={j} value={j}>
                  {JENJANG_LABELS[j]}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={p.memimpinUnitMandiri}
              onChange={(e) => change({ memimpinUnitMandiri: e.target.checked }, 'mandiri')}
            />
            Memimpin unit kerja mandiri
          </label>
          <label>
            Substansi
            <input
              value={p.substansi}
              placeholder="mis. penanaman modal, PTSP"
              onChange={(e) => change({ substansi: e.target.value }, 'substansi')}
            />
          </label>
        </>
      )}
      <label>
        Atasan langsung
        <select
          value={p.superiorId ?? ''}
          onChange={(e) => {
            if (editor.run(movePosition, { id: p.id, superiorId: e.target.value || null })) {
              warnAfterPositionChange(editor, doc, p.id, { teams: true });
            }
          }}
          data-testid="prop-superior"
        >
          <option value="">— tidak ada —</option>
          {superiorOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Unit
        <select
          value={p.unitId}
          onChange={(e) => {
            if (change({ unitId: e.target.value }, 'unit')) {
              warnAfterPositionChange(editor, doc, p.id, { teams: true });
            }
          }}
        >
          {unitOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {teamCount > 0 && (
        <p className="team-warning" data-testid="move-team-note">
          Jabatan ini tercatat dalam {teamCount} Tim Kerja: memindahkannya ke atasan atau unit lain dapat mengubah lingkup tim
          dan Pejabat Penilai Kinerjanya.
        </p>
      )}
      <MapBindingNote doc={doc} positionId={p.id} />
      {unit && <UnitProperties doc={doc} unit={unit} />}
      <TeamAssignments doc={doc} positionId={p.id} />

      <JabatanNumbers p={p} change={change} />
      <PemangkuList p={p} change={change} />
      <div className="props-actions">
        <button onClick={() => editor.openDialog({ type: 'delete', ids: [p.id] })}>Hapus jabatan…</button>
      </div>
    </div>
  );
}

function pdOfUnit(doc: Workspace, unitId: string): Unit | undefined {
  const pd = structureIndex(doc).perangkatDaerahOf.get(unitId);
  return pd && pd.id !== unitId ? pd : undefined;
}

function intOrNull(v: string, min: number, max: number): number | null {
  if (v.trim() === '') return null;
  const n = Math.round(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : null;
}

function UnitProperties({ doc, unit }: { doc: Workspace; unit: Unit }) {
  const editor = useEditor();
  const change = (changes: Partial<Unit>, field: string) =>
    editor.run(updateUnit, { id: unit.id, changes }, { mergeKey: `${unit.id}:${field}` });
  return (
    <fieldset className="unit-props">
      <legend>Unit: {unitPath(doc, unit.id)}</legend>
      <label>
        Nama unit
        <input value={unit.nama} onChange={(e) => change({ nama: e.target.value }, 'nama')} />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={unit.isPerangkatDaerah}
          onChange={(e) => change({ isPerangkatDaerah: e.target.checked, tipePd: e.target.checked ? (unit.tipePd ?? 'dinas') : null }, 'pd')}
        />
        Perangkat Daerah
      </label>
      {unit.isPerangkatDaerah && (
        <label>
          Tipe Perangkat Daerah
          <select value={unit.tipePd ?? 'dinas'} onChange={(e) => change({ tipePd: e.target.value as Unit['tipePd'] }, 'tipe')}>
            {TIPE_PD.map((t) => (
              <option key={t} value={t}>
                {TIPE_PD_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      )}
      <RekapTable doc={doc} unitId={unit.id} />
      {unit.isPerangkatDaerah === false && pdOfUnit(doc, unit.id) && (
        <details>
          <summary>Rekap Perangkat Daerah «{pdOfUnit(doc, unit.id)!.nama}»</summary>
          <RekapTable doc={doc} unitId={pdOfUnit(doc, unit.id)!.id} testId="pd-rekap" />
        </details>
      )}
      <label className="check" title="PermenPANRB 25/2021: unit yang dikecualikan dari penyederhanaan dapat memiliki lebih dari dua level struktural">
        <input type="checkbox" checked={unit.pengecualian} onChange={(e) => change({ pengecualian: e.target.checked }, 'pengecualian')} />
        Pengecualian (boleh lebih dari dua level)
      </label>
      <div className="props-actions">
        <button
          onClick={() =>
            editor.run(addUnit, {
              unit: { id: newId('unit'), nama: 'Sub-unit baru', parentId: unit.id, isPerangkatDaerah: false, tipePd: null, pengecualian: false },
            })
          }
        >
          Tambah sub-unit
        </button>
        <button onClick={() => editor.run(removeUnit, { id: unit.id })}>Hapus unit</button>
      </div>
    </fieldset>
  );
}

function DocumentProperties({ doc }: { doc: Workspace }) {
  const editor = useEditor();
  const count = Object.keys(doc.positions).length;
  return (
    <div className="props">
      <h2>Dokumen</h2>
      <label>
        Nama instansi (Pemerintah Daerah)
        <input
          value={doc.instansi.nama}
          placeholder="mis. Pemerintah Kota Contoh"
          onChange={(e) => editor.run(updateDocumentInfo, { instansi: { nama: e.target.value } }, { mergeKey: 'instansi-nama' })}
        />
      </label>
      <label>
        Jenis daerah
        <select
          value={doc.instansi.jenis ?? ''}
          onChange={(e) =>
            editor.run(updateDocumentInfo, { instansi: { jenis: (e.target.value || null) as Workspace['instansi']['jenis'] } })
          }
        >
          <option value="">—</option>
          <option value="provinsi">Provinsi</option>
          <option value="kabupaten">Kabupaten</option>
          <option value="kota">Kota</option>
        </select>
      </label>
      <p className="muted">
        {count} jabatan dalam {Object.keys(doc.units).length} unit. Pilih sebuah jabatan untuk mengubahnya, atau seret
        jabatan baru dari palet.
      </p>
      <button data-testid="open-merge-jabatan" onClick={() => editor.openDialog({ type: 'mergeJabatan' })}>
        Gabungkan jabatan yang sama…
      </button>
    </div>
  );
}
