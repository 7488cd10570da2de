// Right column of the Peta view: the properties of the selected symbol, lane, arrow or process — and, with
// nothing selected, the data of the map itself (title, owner, place in the map tree, penetapan by SK).
import { useEffect, useRef, useState } from 'react';
import { LaneBindingPicker } from './LaneBindingPicker';
import {
  createMap,
  moveProcess,
  relabelArrow,
  removeLane,
  reorderLanes,
  updateLane,
  updateMapMeta,
  updateNode,
  updateProcess,
  type MapChanges,
  type NodeChanges,
  type ProcessChanges,
} from '../../commands';
import {
  derivativeMaps,
  findProcess,
  laneName,
  MAP_KIND_LABELS,
  MAP_KINDS,
  newMap,
  partyName,
  PROCESS_CATEGORIES,
  type LevelMap,
  type LintasFungsiMap,
  type MapKind,
  type MapProcess,
  type PartyRef,
  type ProcessCategory,
  type ProcessMap,
  type Workspace,
} from '../../model';
import { newId } from '../../model/ids';
import { useStore } from '../../editor/createStore';
import { unitOptions } from '../../editor/unitOptions';
import { bandLabel, openDerivative } from './LevelMapEditor';
import { formatTanggal } from './MapStatusBadge';
import './petaProps.css';
import { useEditor } from '../../editor/context';

function Field({ label, value, onChange, testId, multiline }: { label: string; value: string; onChange: (v: string) => void; testId?: string; multiline?: boolean }) {
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} rows={3} />
      ) : (
        <input value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      )}
    </label>
  );
}

/**
 * A text field for values the command may refuse, or that are not valid until typed in full (a year). While
 * the user types, the field shows what they typed; `check` explains an unfinished value in place (nothing is
 * run), a refused change keeps the field marked (the command's message comes as a toast). On leaving the field
 * it shows the document's value again, so the form never pretends to hold what the document does not.
 */
function DraftField({
  label,
  value,
  commit,
  check,
  testId,
  hint,
  inputMode,
}: {
  label: string;
  value: string;
  commit: (v: string) => boolean;
  check?: (v: string) => string | null;
  testId?: string;
  hint?: string;
  inputMode?: 'numeric';
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const problem = draft !== null ? (check?.(draft) ?? null) : null;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        value={draft ?? value}
        inputMode={inputMode}
        aria-invalid={problem !== null || refused}
        onChange={(e) => {
          const v = e.target.value;
          if (check?.(v)) {
            setDraft(v);
            return;
          }
          const ok = commit(v);
          setDraft(ok ? null : v);
          setRefused(!ok);
        }}
        onBlur={() => {
          setDraft(null);
          setRefused(false);
        }}
        data-testid={testId}
      />
      {problem ? (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      ) : (
        hint && <span className="field-hint">{hint}</span>
      )}
    </label>
  );
}

/**
 * A field whose value counts only once it is finished: what is typed stays in the field until Enter or leaving
 * it, then the whole change is one command (a process code, whose change is carried down to the derivative
 * maps: an intermediate "" or "2." must never be). Escape puts the document's value back.
 */
function CommitField({ label, value, commit, testId, hint }: { label: string; value: string; commit: (v: string) => boolean; testId?: string; hint?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const finish = () => {
    if (draft !== null && draft !== value) commit(draft);
    setDraft(null);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        value={draft ?? value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={finish}
        onKeyDown={(e) => {
          if (e.key === 'Enter') finish();
          if (e.key === 'Escape') setDraft(null);
        }}
        data-testid={testId}
      />
      {hint && <span className="field-hint">{hint}</span>}
    </label>
  );
}

function UnitSelect({ doc, value, onChange, testId, empty }: { doc: Workspace; value: string | null; onChange: (id: string | null) => void; testId?: string; empty: string }) {
  return (
    <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
      <option value="">{empty}</option>
      {unitOptions(doc).map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function PetaProperties() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const mapId = useStore(editor, (s) => s.activeMapId);
  const selected = useStore(editor.peta, (s) => s.selected);
  const map = doc && mapId ? doc.maps[mapId] : undefined;
  const element =
    map && doc && selected
      ? map.kind === 'lintas-fungsi'
        ? <LfProperties doc={doc} map={map} />
        : map.kind === 'level' && selected.kind === 'process'
          ? <ProcessProperties doc={doc} map={map} processId={selected.id} />
          : null
      : null;
  return (
    <section className="panel properties" aria-label="Properti peta" data-testid="peta-properties">
      <h2>Properti</h2>
      {!map && <p className="muted">Belum ada peta yang dibuka.</p>}
      {map && doc && !selected && <MapProperties doc={doc} map={map} />}
      {map && selected && (
        <>
          <button className="linklike back-to-map" onClick={() => editor.selectInMap(null)} data-testid="map-props-open">
            ← Data peta «{map.title}»
          </button>
          {element}
        </>
      )}
    </section>
  );
}

// ── The map itself ──────────────────────────────────────────────────────────────────────────────────────────

const YEAR = /^\d{4}$/;

function MapProperties({ doc, map }: { doc: Workspace; map: ProcessMap }) {
  const editor = useEditor();
  const upd = (changes: MapChanges, key: string) => editor.run(updateMapMeta, { mapId: map.id, changes }, { mergeKey: `map-${key}-${map.id}` });
  const parent = map.parent ? findProcess(doc, map.parent) : undefined;
  const m = map.meta;
  const skMissing = m.skNomor.trim() === '' || !m.skTanggal;
  return (
    <div className="props" data-testid="map-props">
      <h3>Data peta</h3>
      <dl className="props-facts">
        <dt>Jenis</dt>
        <dd>{MAP_KIND_LABELS[map.kind]}</dd>
        {map.kind === 'level' && (
          <>
            <dt>Level</dt>
            <dd data-testid="map-level">{map.level}</dd>
          </>
        )}
        <dt>Proses induk</dt>
        <dd>
          {parent ? (
            <button
              className="linklike"
              onClick={() => editor.openMap(parent.map.id, { kind: 'process', id: parent.process.id })}
              title={`Buka peta «${parent.map.title}» dengan proses ini terpilih`}
              data-testid="map-parent"
            >
              {`${parent.process.kode} ${parent.process.nama}`.trim()} — {parent.map.title}
            </button>
          ) : map.parent ? (
            <span className="field-problem">proses induk tidak ada lagi</span>
          ) : (
            <span className="muted">— (peta puncak)</span>
          )}
        </dd>
      </dl>
      <DraftField
        label="Judul"
        value={map.title}
        commit={(v) => upd({ title: v }, 'title')}
        check={(v) => (v.trim() === '' ? 'Judul peta tidak boleh kosong.' : null)}
        testId="map-title"
      />
      <label className="field">
        <span>Unit pemilik</span>
        <UnitSelect doc={doc} value={map.ownerUnitId} onChange={(id) => upd({ ownerUnitId: id }, 'owner')} testId="map-owner" empty="— belum ditentukan —" />
      </label>
      {map.kind === 'lintas-fungsi' && (
        <fieldset className="props-group" data-testid="map-orientation">
          <legend>Arah lajur</legend>
          <label className="check">
            <input type="radio" name={`orient-${map.id}`} checked={map.orientation === 'columns'} onChange={() => upd({ orientation: 'columns' }, 'orient')} />
            Kolom — lajur berdampingan, alur ke bawah (seperti SOP AP)
          </label>
          <label className="check">
            <input type="radio" name={`orient-${map.id}`} checked={map.orientation === 'rows'} onChange={() => upd({ orientation: 'rows' }, 'orient')} />
            Baris — lajur bertumpuk, alur ke kanan
          </label>
        </fieldset>
      )}
      <fieldset className="props-group" data-testid="map-meta">
        <legend>Penetapan</legend>
        <label className="field">
          <span>Status</span>
          <select value={m.status} onChange={(e) => upd({ meta: { status: e.target.value === 'ditetapkan' ? 'ditetapkan' : 'draf' } }, 'status')} data-testid="map-status">
            <option value="draf">Draf</option>
            <option value="ditetapkan">Ditetapkan</option>
          </select>
          {m.status === 'draf' && skMissing && <span className="field-hint">Isi nomor dan tanggal SK untuk menetapkan peta.</span>}
          {m.status === 'ditetapkan' && <span className="field-hint">Ditetapkan dengan SK {m.skNomor}, {formatTanggal(m.skTanggal)}.</span>}
        </label>
        <DraftField label="Nomor SK" value={m.skNomor} commit={(v) => upd({ meta: { skNomor: v } }, 'sk')} testId="map-sk-nomor" />
        <label className="field">
          <span>Tanggal SK</span>
          <input type="date" value={m.skTanggal ?? ''} onChange={(e) => upd({ meta: { skTanggal: e.target.value || null } }, 'sk-tanggal')} data-testid="map-sk-tanggal" />
        </label>
        <div className="row2">
          <DraftField
            label="Tahun"
            value={m.tahun === null ? '' : String(m.tahun)}
            inputMode="numeric"
            check={(v) => (v.trim() === '' || (YEAR.test(v.trim()) && +v >= 1900 && +v <= 2200) ? null : 'Tahun: empat angka, 1900–2200.')}
            commit={(v) => upd({ meta: { tahun: v.trim() === '' ? null : Number(v) } }, 'tahun')}
            testId="map-tahun"
          />
          <DraftField
            label="Revisi ke-"
            value={String(m.revisi)}
            inputMode="numeric"
            check={(v) => (/^\d{1,4}$/.test(v.trim()) ? null : 'Revisi: bilangan bulat 0 atau lebih.')}
            commit={(v) => upd({ meta: { revisi: Number(v) } }, 'revisi')}
            testId="map-revisi"
          />
        </div>
      </fieldset>
      {map.kind === 'lintas-fungsi' && <SopIdentityFields map={map} upd={upd} />}
      <p className="muted">Pilih simbol, lajur, panah atau proses pada peta untuk mengubahnya.</p>
    </div>
  );
}

/** The SOP AP identity block (PermenPAN 35/2012) printed above the SOP table; lists are separated by ";". */
function SopIdentityFields({ map, upd }: { map: LintasFungsiMap; upd: (changes: MapChanges, key: string) => boolean }) {
  const s = map.sop;
  const text = (key: 'nomor' | 'disahkanOleh' | 'dasarHukum' | 'keterkaitan' | 'peringatan' | 'kualifikasiPelaksana' | 'peralatan' | 'pencatatan', label: string, hint?: string) => (
    <DraftField label={label} value={s[key]} hint={hint} commit={(v) => upd({ sop: { [key]: v } }, `sop-${key}`)} testId={`sop-${key}`} />
  );
  const date = (key: 'tanggalPembuatan' | 'tanggalRevisi' | 'tanggalEfektif', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input type="date" value={s[key] ?? ''} onChange={(e) => upd({ sop: { [key]: e.target.value || null } }, `sop-${key}`)} data-testid={`sop-${key}`} />
    </label>
  );
  return (
    <fieldset className="props-group" data-testid="sop-identity">
      <legend>Identitas SOP (PermenPAN 35/2012)</legend>
      {text('nomor', 'Nomor SOP')}
      {date('tanggalPembuatan', 'Tanggal pembuatan')}
      {date('tanggalRevisi', 'Tanggal revisi')}
      {date('tanggalEfektif', 'Tanggal efektif')}
      {text('disahkanOleh', 'Disahkan oleh')}
      {text('dasarHukum', 'Dasar hukum', 'Pisahkan butir dengan «;».')}
      {text('keterkaitan', 'Keterkaitan')}
      {text('peringatan', 'Peringatan')}
      {text('kualifikasiPelaksana', 'Kualifikasi pelaksana')}
      {text('peralatan', 'Peralatan/perlengkapan')}
      {text('pencatatan', 'Pencatatan dan pendataan')}
    </fieldset>
  );
}

// ── Lintas fungsi: lane, arrow, symbol ──────────────────────────────────────────────────────────────────────

function LfProperties({ doc, map }: { doc: Workspace; map: LintasFungsiMap }) {
  const editor = useEditor();
  const selected = useStore(editor.peta, (s) => s.selected);
  if (!selected) return null;
  if (selected.kind === 'lane') {
    const index = map.lanes.findIndex((l) => l.id === selected.id);
    const lane = map.lanes[index];
    if (!lane) return null;
    const b = lane.binding;
    const bound = b?.kind === 'position' ? 'Jabatan' : b?.kind === 'unit' ? 'Unit' : b?.kind === 'team' ? 'Tim Kerja' : b?.kind === 'luar' ? 'Pihak luar' : 'Belum terikat';
    const rows = map.orientation === 'rows';
    const move = (to: number) => editor.run(reorderLanes, { mapId: map.id, laneId: lane.id, toIndex: to });
    return (
      <div className="props" data-testid="lane-props">
        <p>
          <strong>Lajur:</strong> {laneName(doc, lane)}
          <br />
          <span className="muted">Terikat ke: {bound}</span>
        </p>
        <Field label="Label peran" value={lane.label} onChange={(v) => editor.run(updateLane, { mapId: map.id, laneId: lane.id, changes: { label: v } }, { mergeKey: `lane-${lane.id}` })} />
        <label className="field">
          <span>{rows ? 'Tinggi (px)' : 'Lebar (px)'}</span>
          <input type="number" min={40} max={4000} value={lane.size} onChange={(e) => {
            const v = Number(e.target.value);
            if (v >= 40 && v <= 4000) editor.run(updateLane, { mapId: map.id, laneId: lane.id, changes: { size: v } }, { mergeKey: `lane-size-${lane.id}` });
          }} />
        </label>
        <div className="field">
          <span>
            Urutan {index + 1} dari {map.lanes.length} <span className="muted">(atau seret kepala lajur)</span>
          </span>
          <div className="props-actions">
            <button onClick={() => move(index - 1)} disabled={index === 0} data-testid="lane-move-prev" aria-label={rows ? 'Geser lajur ke atas' : 'Geser lajur ke kiri'}>
              {rows ? '↑ Geser' : '← Geser'}
            </button>
            <button onClick={() => move(index + 1)} disabled={index === map.lanes.length - 1} data-testid="lane-move-next" aria-label={rows ? 'Geser lajur ke bawah' : 'Geser lajur ke kanan'}>
              {rows ? 'Geser ↓' : 'Geser →'}
            </button>
          </div>
        </div>
        <LaneBindingPicker doc={doc} mapId={map.id} lane={lane} />
        <div className="props-actions">
          {b && <button onClick={() => editor.run(updateLane, { mapId: map.id, laneId: lane.id, changes: { binding: null } })}>Lepas ikatan ke struktur</button>}
          <button
            className="danger"
            data-testid="lane-delete"
            onClick={() => {
              // a lane with symbols asks where they go (another lane, or with it)
              if (map.nodes.some((n) => n.laneId === lane.id)) editor.openDialog({ type: 'deleteLane', mapId: map.id, laneId: lane.id });
              else if (editor.run(removeLane, { mapId: map.id, laneId: lane.id })) editor.selectInMap(null);
            }}
          >
            {map.nodes.some((n) => n.laneId === lane.id) ? 'Hapus lajur…' : 'Hapus lajur'}
          </button>
        </div>
      </div>
    );
  }
  if (selected.kind === 'arrow') {
    const a = map.arrows.find((x) => x.id === selected.id);
    if (!a) return null;
    return (
      <div className="props" data-testid="arrow-props">
        <Field label="Label panah (mis. Ya / Tidak)" value={a.label} onChange={(v) => editor.run(relabelArrow, { mapId: map.id, arrowId: a.id, label: v }, { mergeKey: `arrow-${a.id}` })} testId="arrow-label" />
      </div>
    );
  }
  const n = map.nodes.find((x) => x.id === selected.id);
  if (!n) return null;
  const upd = (changes: NodeChanges, key: string) => editor.run(updateNode, { mapId: map.id, nodeId: n.id, changes }, { mergeKey: `node-${key}-${n.id}` });
  const lane = map.lanes.find((l) => l.id === n.laneId);
  return (
    <div className="props" data-testid="node-props">
      <p className="muted">Lajur: {lane ? laneName(doc, lane) : 'di luar lajur'}</p>
      {n.type === 'terminator' && (
        <label className="field">
          <span>Peran</span>
          <select value={n.peran} onChange={(e) => upd({ peran: e.target.value === 'selesai' ? 'selesai' : 'mulai' }, 'peran')}>
            <option value="mulai">Mulai</option>
            <option value="selesai">Selesai</option>
          </select>
        </label>
      )}
      <Field label={n.type === 'connector' ? 'Label penghubung' : 'Uraian'} value={n.label} onChange={(v) => upd({ label: v }, 'label')} testId="node-label" multiline={n.type !== 'connector'} />
      {n.type === 'activity' && (
        <fieldset className="mutu">
          <legend>Mutu baku</legend>
          <Field label="Kelengkapan" value={n.mutuBaku.kelengkapan} onChange={(v) => upd({ mutuBaku: { kelengkapan: v } }, 'kel')} testId="mutu-kelengkapan" />
          <Field label="Waktu" value={n.mutuBaku.waktu} onChange={(v) => upd({ mutuBaku: { waktu: v } }, 'waktu')} testId="mutu-waktu" />
          <Field label="Output" value={n.mutuBaku.output} onChange={(v) => upd({ mutuBaku: { output: v } }, 'output')} testId="mutu-output" />
        </fieldset>
      )}
      {(n.type === 'activity' || n.type === 'decision') && (
        <Field label="Keterangan" value={n.keterangan} onChange={(v) => upd({ keterangan: v }, 'ket')} multiline />
      )}
      <Field label="Sumber" value={n.sumber} onChange={(v) => upd({ sumber: v }, 'sumber')} />
    </div>
  );
}

// ── Level map: process ──────────────────────────────────────────────────────────────────────────────────────

function ProcessProperties({ doc, map, processId }: { doc: Workspace; map: LevelMap; processId: string }) {
  const editor = useEditor();
  const p = map.processes.find((x) => x.id === processId);
  if (!p) return null;
  const upd = (changes: ProcessChanges, key: string) => editor.run(updateProcess, { mapId: map.id, processId: p.id, changes }, { mergeKey: `proc-${key}-${p.id}` });
  const sipoc = (changes: Partial<MapProcess['sipoc']>, key: string) => upd({ sipoc: changes }, `sipoc-${key}`);
  return (
    <div className="props" data-testid="process-props">
      <CommitField
        key={p.id}
        label="Kode"
        value={p.kode}
        commit={(v) => editor.run(updateProcess, { mapId: map.id, processId: p.id, changes: { kode: v } })}
        testId="process-kode"
        hint="Berlaku saat Enter atau meninggalkan isian; kode peta turunannya ikut berubah."
      />
      <Field label="Nama proses" value={p.nama} onChange={(v) => upd({ nama: v }, 'nama')} testId="process-nama" />
      <label className="field">
        <span>Kelompok</span>
        <select
          value={p.kategori ?? ''}
          onChange={(e) => e.target.value && editor.run(moveProcess, { mapId: map.id, processId: p.id, kategori: e.target.value as ProcessCategory })}
          data-testid="process-kategori"
        >
          {p.kategori === null && <option value="">— belum dikelompokkan —</option>}
          {PROCESS_CATEGORIES.map((k) => (
            <option key={k} value={k}>
              {bandLabel(doc, k)}
            </option>
          ))}
        </select>
        <span className="field-hint">Pindah kelompok menomori ulang kode proses pada peta ini.</span>
      </label>
      <label className="field">
        <span>Unit pengampu</span>
        <UnitSelect doc={doc} value={p.pengampuUnitId} onChange={(id) => upd({ pengampuUnitId: id }, 'unit')} testId="process-pengampu" empty="— belum ditentukan —" />
      </label>
      <fieldset className="props-group sipoc" data-testid="process-sipoc">
        <legend>SIPOC</legend>
        <PartyList doc={doc} title="Pemasok (supplier)" parties={p.sipoc.supplier} onChange={(v) => sipoc({ supplier: v }, 'supplier')} testId="sipoc-supplier" />
        <TextList title="Masukan (input)" items={p.sipoc.input} onChange={(v, key) => sipoc({ input: v }, `input-${key}`)} testId="sipoc-input" />
        <TextList title="Keluaran (output)" items={p.sipoc.output} onChange={(v, key) => sipoc({ output: v }, `output-${key}`)} testId="sipoc-output" />
        <PartyList doc={doc} title="Pelanggan (customer)" parties={p.sipoc.customer} onChange={(v) => sipoc({ customer: v }, 'customer')} testId="sipoc-customer" />
      </fieldset>
      <Field label="Keterangan" value={p.keterangan} onChange={(v) => upd({ keterangan: v }, 'ket')} multiline />
      <Derivatives doc={doc} map={map} process={p} />
    </div>
  );
}

/** Suppliers or customers: units of the structure, or outside parties by name. */
function PartyList({ doc, title, parties, onChange, testId }: { doc: Workspace; title: string; parties: PartyRef[]; onChange: (v: PartyRef[]) => boolean; testId: string }) {
  const [luar, setLuar] = useState('');
  const listed = new Set(parties.flatMap((x) => (x.kind === 'unit' ? [x.id] : [])));
  return (
    <div className="sipoc-list" data-testid={testId}>
      <h4>{title}</h4>
      {parties.length === 0 && <p className="muted sipoc-empty">Belum ada.</p>}
      <ul>
        {parties.map((party, i) => {
          const name = partyName(doc, party);
          return (
            <li key={`${i}-${party.kind === 'unit' ? party.id : party.nama}`} data-testid="sipoc-party">
              <span className={party.kind === 'unit' && !doc.units[party.id] ? 'field-problem' : ''}>{name}</span>
              {party.kind === 'luar' && <span className="muted"> (pihak luar)</span>}
              <button className="linklike sipoc-remove" aria-label={`Hapus ${name} dari ${title}`} onClick={() => onChange(parties.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <select
        value=""
        aria-label={`Tambah unit sebagai ${title}`}
        onChange={(e) => e.target.value && onChange([...parties, { kind: 'unit', id: e.target.value }])}
        data-testid={`${testId}-unit`}
      >
        <option value="">+ Unit dari struktur…</option>
        {unitOptions(doc)
          .filter((o) => !listed.has(o.id))
          .map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
      </select>
      <form
        className="sipoc-luar"
        onSubmit={(e) => {
          e.preventDefault();
          const nama = luar.trim();
          if (nama && onChange([...parties, { kind: 'luar', nama }])) setLuar('');
        }}
      >
        <input value={luar} onChange={(e) => setLuar(e.target.value)} placeholder="Pihak luar, mis. Masyarakat" aria-label={`Pihak luar sebagai ${title}`} data-testid={`${testId}-luar`} />
        <button type="submit" disabled={luar.trim() === ''} data-testid={`${testId}-luar-add`}>
          Tambah
        </button>
      </form>
    </div>
  );
}

/** Inputs or outputs: lines of text, each editable in place. */
function TextList({ title, items, onChange, testId }: { title: string; items: string[]; onChange: (v: string[], key: string) => boolean; testId: string }) {
  const listRef = useRef<HTMLUListElement>(null);
  const [focusLast, setFocusLast] = useState(false);
  useEffect(() => {
    if (!focusLast) return;
    listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
    setFocusLast(false);
  }, [focusLast, items.length]);
  return (
    <div className="sipoc-list" data-testid={testId}>
      <h4>{title}</h4>
      {items.length === 0 && <p className="muted sipoc-empty">Belum ada.</p>}
      <ul ref={listRef}>
        {items.map((text, i) => (
          <li key={i}>
            <input
              value={text}
              onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)), String(i))}
              aria-label={`${title} ${i + 1}`}
              data-testid={`${testId}-item`}
            />
            <button className="linklike sipoc-remove" aria-label={`Hapus ${title} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i), 'remove')}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button onClick={() => onChange([...items, ''], 'add') && setFocusLast(true)} data-testid={`${testId}-add`}>
        + Tambah
      </button>
    </div>
  );
}

/** The maps that hang from this process, and new ones of any kind (a level map at most once, PETA-03). */
function Derivatives({ doc, map, process }: { doc: Workspace; map: LevelMap; process: MapProcess }) {
  const editor = useEditor();
  const maps = derivativeMaps(doc, map.id, process.id);
  const hasLevel = maps.some((m) => m.kind === 'level');
  const kinds = MAP_KINDS.filter((k) => k !== 'level' || !hasLevel);
  const [kind, setKind] = useState<MapKind>('lintas-fungsi');
  const chosen = kinds.includes(kind) ? kind : kinds[0];
  const create = () => {
    if (chosen === 'level') {
      openDerivative(editor, doc, map, process.id);
      return;
    }
    const child = newMap(doc, { id: newId('map'), kind: chosen, title: process.nama || process.kode, parent: { mapId: map.id, processId: process.id } });
    if (editor.run(createMap, { map: child })) editor.openMap(child.id);
  };
  return (
    <div className="field" data-testid="process-derivatives">
      <span>Peta turunan</span>
      {maps.length === 0 && <p className="muted sipoc-empty">Belum ada. Klik dua kali proses untuk membuat peta level berikutnya.</p>}
      <ul className="derivative-list">
        {maps.map((m) => (
          <li key={m.id}>
            <button className="linklike" onClick={() => editor.openMap(m.id)} data-testid="process-derivative">
              {MAP_KIND_LABELS[m.kind]}
              {m.kind === 'level' ? ` ${m.level}` : ''}: {m.title}
            </button>
          </li>
        ))}
      </ul>
      <div className="sipoc-luar">
        <select value={chosen} onChange={(e) => setKind(e.target.value as MapKind)} aria-label="Jenis peta turunan baru" data-testid="process-derivative-kind">
          {kinds.map((k) => (
            <option key={k} value={k}>
              {MAP_KIND_LABELS[k]}
              {k === 'level' ? ` ${map.level + 1}` : ''}
            </option>
          ))}
        </select>
        <button onClick={create} data-testid="process-derivative-create">
          Buat
        </button>
      </div>
    </div>
  );
}
