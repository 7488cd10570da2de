import { unitOptions as unitOptionsOf } from '../../editor/unitOptions';
import { useMemo } from 'react';
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
  teamsAffectedBy,
  unitPath,
  type Holder,
  type Position,
  type Unit,
  type Workspace,
} from '../../model';
import { useStore } from '../../editor/createStore';
import { editor, openDialog, run } from '../../editor/editorStore';
import { MapBindingNote, warnAfterPositionChange } from './MapBindingNote';
import { TeamAssignments } from '../tim/TeamAssignments';

const EMPTY_HOLDER: Holder = {
  nama: '',
  nip: '',
  pendidikan: null,
  golongan: null,
  kelasJabatan: null,
  predikatKinerja: null,
  pengalamanTahun: null,
};

export function PropertiesPanel() {
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
          <button onClick={() => openDialog({ type: 'delete', ids: selection })}>Hapus jabatan terpilih</button>
        </div>
      ) : (
        <DocumentProperties doc={doc} />
      )}
    </section>
  );
}

function PositionProperties({ doc, p }: { doc: Workspace; p: Position }) {
  const change = (changes: Partial<Position>, field: string) =>
    run(updatePosition, { id: p.id, changes }, { mergeKey: `${p.id}:${field}` });
  const holder = p.holder ?? EMPTY_HOLDER;
  const changeHolder = (changes: Partial<Holder>, field: string) =>
    change({ holder: { ...holder, ...changes } }, `holder.${field}`);
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
        <input id="prop-nama" value={p.nama} onChange={(e) => change({ nama: e.target.value }, 'nama')} />
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
            if (change({ kind: e.target.value as Position['kind'] }, 'kind')) warnAfterPositionChange(doc, p.id, { teams: false });
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
            if (run(movePosition, { id: p.id, superiorId: e.target.value || null })) {
              warnAfterPositionChange(doc, p.id, { teams: true });
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
              warnAfterPositionChange(doc, p.id, { teams: true });
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

      <h3>Pemangku jabatan</h3>
      <label>
        Nama
        <input value={holder.nama} onChange={(e) => changeHolder({ nama: e.target.value }, 'nama')} />
      </label>
      <label>
        NIP
        <input value={holder.nip} inputMode="numeric" onChange={(e) => changeHolder({ nip: e.target.value }, 'nip')} />
      </label>
      <div className="row2">
        <label>
          Pendidikan
          <select
            value={holder.pendidikan ?? ''}
            onChange={(e) => changeHolder({ pendidikan: (e.target.value || null) as Holder['pendidikan'] }, 'pendidikan')}
          >
            <option value="">—</option>
            {PENDIDIKAN.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
        <label>
          Golongan
          <select
            value={holder.golongan ?? ''}
            onChange={(e) => changeHolder({ golongan: (e.target.value || null) as Holder['golongan'] }, 'golongan')}
          >
            <option value="">—</option>
            {GOLONGAN.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="row2">
        <label>
          Kelas jabatan
          <input
            type="number"
            min={1}
            max={17}
            value={holder.kelasJabatan ?? ''}
            onChange={(e) => changeHolder({ kelasJabatan: intOrNull(e.target.value, 1, 17) }, 'kelas')}
          />
        </label>
        <label>
          Pengalaman (tahun)
          <input
            type="number"
            min={0}
            max={60}
            value={holder.pengalamanTahun ?? ''}
            onChange={(e) => changeHolder({ pengalamanTahun: intOrNull(e.target.value, 0, 60) }, 'pengalaman')}
          />
        </label>
      </div>
      <label>
        Predikat kinerja
        <select
          value={holder.predikatKinerja ?? ''}
          onChange={(e) =>
            changeHolder({ predikatKinerja: (e.target.value || null) as Holder['predikatKinerja'] }, 'predikat')
          }
        >
          <option value="">—</option>
          {PREDIKAT_KINERJA.map((x) => (
            <option key={x} value={x}>
              {PREDIKAT_LABELS[x]}
            </option>
          ))}
        </select>
      </label>
      <div className="props-actions">
        <button onClick={() => openDialog({ type: 'delete', ids: [p.id] })}>Hapus jabatan…</button>
      </div>
    </div>
  );
}

function intOrNull(v: string, min: number, max: number): number | null {
  if (v.trim() === '') return null;
  const n = Math.round(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : null;
}

function UnitProperties({ doc, unit }: { doc: Workspace; unit: Unit }) {
  const change = (changes: Partial<Unit>, field: string) =>
    run(updateUnit, { id: unit.id, changes }, { mergeKey: `${unit.id}:${field}` });
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
      <label className="check" title="PermenPANRB 25/2021: unit yang dikecualikan dari penyederhanaan dapat memiliki lebih dari dua level struktural">
        <input type="checkbox" checked={unit.pengecualian} onChange={(e) => change({ pengecualian: e.target.checked }, 'pengecualian')} />
        Pengecualian (boleh lebih dari dua level)
      </label>
      <div className="props-actions">
        <button
          onClick={() =>
            run(addUnit, {
              unit: { id: newId('unit'), nama: 'Sub-unit baru', parentId: unit.id, isPerangkatDaerah: false, tipePd: null, pengecualian: false },
            })
          }
        >
          Tambah sub-unit
        </button>
        <button onClick={() => run(removeUnit, { id: unit.id })}>Hapus unit</button>
      </div>
    </fieldset>
  );
}

function DocumentProperties({ doc }: { doc: Workspace }) {
  const count = Object.keys(doc.positions).length;
  return (
    <div className="props">
      <h2>Dokumen</h2>
      <label>
        Nama instansi (Pemerintah Daerah)
        <input
          value={doc.instansi.nama}
          placeholder="mis. Pemerintah Kota Contoh"
          onChange={(e) => run(updateDocumentInfo, { instansi: { nama: e.target.value } }, { mergeKey: 'instansi-nama' })}
        />
      </label>
      <label>
        Jenis daerah
        <select
          value={doc.instansi.jenis ?? ''}
          onChange={(e) =>
            run(updateDocumentInfo, { instansi: { jenis: (e.target.value || null) as Workspace['instansi']['jenis'] } })
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
    </div>
  );
}
