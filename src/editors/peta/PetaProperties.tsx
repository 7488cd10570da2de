// Right column of the Peta view: the properties of the selected symbol, lane, arrow or process.
import { relabelArrow, removeLane, updateLane, updateNode, updateProcess, type NodeChanges, type ProcessChanges } from '../../commands';
import { laneName, type LevelMap, type LintasFungsiMap, type Workspace } from '../../model';
import { useStore } from '../../ui/createStore';
import { editor, run } from '../../ui/editorStore';
import { openDerivative } from './LevelMapEditor';
import { petaState, selectInMap } from './petaState';

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

export function PetaProperties() {
  const doc = useStore(editor, (s) => s.doc);
  const mapId = useStore(editor, (s) => s.activeMapId);
  const selected = useStore(petaState, (s) => s.selected);
  const map = doc && mapId ? doc.maps[mapId] : undefined;
  return (
    <section className="panel properties" aria-label="Properti peta" data-testid="peta-properties">
      <h2>Properti</h2>
      {!map && <p className="muted">Belum ada peta yang dibuka.</p>}
      {map && doc && map.kind === 'lintas-fungsi' && <LfProperties doc={doc} map={map} />}
      {map && doc && map.kind === 'level' && selected?.kind === 'process' && <ProcessProperties doc={doc} map={map} processId={selected.id} />}
      {map && !selected && <p className="muted">Pilih simbol, lajur, panah atau proses pada peta untuk mengubahnya.</p>}
    </section>
  );
}

function LfProperties({ doc, map }: { doc: Workspace; map: LintasFungsiMap }) {
  const selected = useStore(petaState, (s) => s.selected);
  if (!selected) return null;
  if (selected.kind === 'lane') {
    const lane = map.lanes.find((l) => l.id === selected.id);
    if (!lane) return null;
    const b = lane.binding;
    const bound = b?.kind === 'position' ? 'Jabatan' : b?.kind === 'unit' ? 'Unit' : b?.kind === 'team' ? 'Tim Kerja' : b?.kind === 'luar' ? 'Pihak luar' : 'Belum terikat';
    return (
      <div className="props" data-testid="lane-props">
        <p>
          <strong>Lajur:</strong> {laneName(doc, lane)}
          <br />
          <span className="muted">Terikat ke: {bound}</span>
        </p>
        <Field label="Label peran" value={lane.label} onChange={(v) => run(updateLane, { mapId: map.id, laneId: lane.id, changes: { label: v } }, { mergeKey: `lane-${lane.id}` })} />
        <label className="field">
          <span>Lebar (px)</span>
          <input type="number" min={40} max={4000} value={lane.size} onChange={(e) => {
            const v = Number(e.target.value);
            if (v >= 40 && v <= 4000) run(updateLane, { mapId: map.id, laneId: lane.id, changes: { size: v } }, { mergeKey: `lane-size-${lane.id}` });
          }} />
        </label>
        {b && (
          <button onClick={() => run(updateLane, { mapId: map.id, laneId: lane.id, changes: { binding: null } })}>Lepas ikatan ke struktur</button>
        )}{' '}
        <button className="danger" onClick={() => run(removeLane, { mapId: map.id, laneId: lane.id }) && selectInMap(null)}>
          Hapus lajur
        </button>
      </div>
    );
  }
  if (selected.kind === 'arrow') {
    const a = map.arrows.find((x) => x.id === selected.id);
    if (!a) return null;
    return (
      <div className="props" data-testid="arrow-props">
        <Field label="Label panah (mis. Ya / Tidak)" value={a.label} onChange={(v) => run(relabelArrow, { mapId: map.id, arrowId: a.id, label: v }, { mergeKey: `arrow-${a.id}` })} testId="arrow-label" />
      </div>
    );
  }
  const n = map.nodes.find((x) => x.id === selected.id);
  if (!n) return null;
  const upd = (changes: NodeChanges, key: string) => run(updateNode, { mapId: map.id, nodeId: n.id, changes }, { mergeKey: `node-${key}-${n.id}` });
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

function ProcessProperties({ doc, map, processId }: { doc: Workspace; map: LevelMap; processId: string }) {
  const p = map.processes.find((x) => x.id === processId);
  if (!p) return null;
  const upd = (changes: ProcessChanges, key: string) => run(updateProcess, { mapId: map.id, processId: p.id, changes }, { mergeKey: `proc-${key}-${p.id}` });
  const units = Object.values(doc.units).sort((a, b) => a.nama.localeCompare(b.nama));
  return (
    <div className="props" data-testid="process-props">
      <Field label="Kode" value={p.kode} onChange={(v) => upd({ kode: v }, 'kode')} testId="process-kode" />
      <Field label="Nama proses" value={p.nama} onChange={(v) => upd({ nama: v }, 'nama')} testId="process-nama" />
      <label className="field">
        <span>Unit pengampu</span>
        <select value={p.pengampuUnitId ?? ''} onChange={(e) => upd({ pengampuUnitId: e.target.value || null }, 'unit')}>
          <option value="">— belum ditentukan —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{u.nama}</option>
          ))}
        </select>
      </label>
      <Field label="Keterangan" value={p.keterangan} onChange={(v) => upd({ keterangan: v }, 'ket')} multiline />
      <button onClick={() => openDerivative(doc, map, p.id)} data-testid="process-open">
        Buka peta turunan
      </button>
    </div>
  );
}
