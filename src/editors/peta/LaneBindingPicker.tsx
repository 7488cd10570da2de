// Binds a lintas fungsi lane to a position, unit or Tim Kerja of the structure, or re-binds it: a template's role
// lane is bound here, and after penyederhanaan a lane bound to a former Kepala Seksi moves to the post that now does
// the work. "Perbarui" takes a fresh snapshot of a position that changed (what LF-06 compares against).
import { useMemo, useState } from 'react';
import { updateLane } from '../../commands';
import { laneBindingChanged, type Lane, type LaneBinding, type Workspace } from '../../model';
import { useEditor } from '../../editor/context';

interface Choice {
  value: string;
  label: string;
  binding: LaneBinding;
}

function choicesOf(doc: Workspace): { group: string; items: Choice[] }[] {
  const byName = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'id');
  const positions = Object.values(doc.positions)
    .map((p): Choice => ({ value: `position:${p.id}`, label: `${p.nama} — ${doc.units[p.unitId]?.nama ?? ''}`, binding: { kind: 'position', id: p.id, boundAs: null } }))
    .sort(byName);
  const units = Object.values(doc.units)
    .map((u): Choice => ({ value: `unit:${u.id}`, label: u.nama, binding: { kind: 'unit', id: u.id } }))
    .sort(byName);
  const teams = Object.values(doc.teams)
    .map((t): Choice => ({ value: `team:${t.id}`, label: t.nama, binding: { kind: 'team', id: t.id } }))
    .sort(byName);
  return [
    { group: 'Jabatan', items: positions },
    { group: 'Unit', items: units },
    { group: 'Tim Kerja', items: teams },
  ].filter((g) => g.items.length > 0);
}

function valueOf(binding: LaneBinding | null): string {
  return binding && binding.kind !== 'luar' ? `${binding.kind}:${binding.id}` : '';
}

export function LaneBindingPicker({ doc, mapId, lane }: { doc: Workspace; mapId: string; lane: Lane }) {
  const editor = useEditor();
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => choicesOf(doc), [doc.positions, doc.units, doc.teams]);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? groups.map((g) => ({ ...g, items: g.items.filter((c) => c.label.toLowerCase().includes(needle)) })).filter((g) => g.items.length) : groups;
  const current = valueOf(lane.binding);
  const bind = (value: string) => {
    const choice = groups.flatMap((g) => g.items).find((c) => c.value === value);
    if (choice) editor.run(updateLane, { mapId, laneId: lane.id, changes: { binding: choice.binding } });
  };
  const stale = laneBindingChanged(doc, lane.binding);
  return (
    <div className="field lane-binding" data-testid="lane-binding">
      <span>{lane.binding ? 'Ikat ulang ke struktur' : 'Ikat ke struktur'}</span>
      <input type="search" placeholder="Cari jabatan, unit, tim…" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Cari pelaksana lajur" />
      <select value={current} onChange={(e) => bind(e.target.value)} aria-label="Pelaksana lajur" data-testid="lane-binding-select">
        <option value="" disabled>
          {lane.binding?.kind === 'luar' ? '— pihak luar —' : '— pilih —'}
        </option>
        {shown.map((g) => (
          <optgroup key={g.group} label={g.group}>
            {g.items.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {stale && lane.binding && (
        <button onClick={() => editor.run(updateLane, { mapId, laneId: lane.id, changes: { binding: lane.binding } })} data-testid="lane-binding-refresh">
          Perbarui: terima jabatan ini sebagaimana sekarang
        </button>
      )}
    </div>
  );
}
