// Editing the steps of a peta subproses, shared by its table and its diagram: the step commands as the two views
// call them, and the bar above the diagram that edits the selected step (name, output, pejabat pengampu, its place
// in the order, delete) and adds a step after it.
import { addStep, removeStep, reorderSteps, updateStep } from '../../commands';
import type { SubprosesMap, SubprosesStep, Workspace } from '../../model';
import { newId } from '../../model/ids';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import type { Editor } from '../../editor/types';

export function pengampuName(doc: Pick<Workspace, 'positions'>, id: string | null): string {
  if (id === null) return '— pengampu belum ditentukan —';
  return doc.positions[id]?.nama ?? '(jabatan sudah dihapus)';
}

type StepChanges = Partial<Pick<SubprosesStep, 'nama' | 'output' | 'pengampuId'>>;

/** The step commands of one map; typing in a field is one undo step per field (mergeKey). */
export function stepActions(editor: Editor, map: SubprosesMap) {
  return {
    update(stepId: string, changes: StepChanges) {
      const field = Object.keys(changes)[0];
      editor.run(updateStep, { mapId: map.id, stepId, changes }, field === 'pengampuId' ? {} : { mergeKey: `step-${field}-${stepId}` });
    },
    /** move the step at `i` by `d` places; false when it cannot go further */
    move(i: number, d: number): boolean {
      const ids = map.steps.map((s) => s.id);
      const j = i + d;
      if (j < 0 || j >= ids.length) return false;
      [ids[i], ids[j]] = [ids[j], ids[i]];
      return editor.run(reorderSteps, { mapId: map.id, stepIds: ids });
    },
    remove(stepId: string): boolean {
      return editor.run(removeStep, { mapId: map.id, stepId });
    },
    /** add a step at `index` (default: last); its id, or null when refused */
    add(index = map.steps.length): string | null {
      const step: SubprosesStep = { id: newId('st'), nama: `Langkah ${map.steps.length + 1}`, output: '', pengampuId: null, keterangan: '' };
      return editor.run(addStep, { mapId: map.id, step, index }) ? step.id : null;
    },
  };
}

/** The positions a step can name as its pejabat pengampu, by name. */
export function PengampuOptions({ doc }: { doc: Workspace }) {
  const positions = Object.values(doc.positions).sort((a, b) => a.nama.localeCompare(b.nama));
  return (
    <>
      <option value="">— belum ditentukan —</option>
      {positions.map((p) => (
        <option key={p.id} value={p.id}>
          {p.nama}
        </option>
      ))}
    </>
  );
}

export function StepBar({ doc, map }: { doc: Workspace; map: SubprosesMap }) {
  const editor = useEditor();
  const selected = useStore(editor.peta, (s) => s.selected);
  const act = stepActions(editor, map);
  const i = selected?.kind === 'step' ? map.steps.findIndex((s) => s.id === selected.id) : -1;
  const step = i >= 0 ? map.steps[i] : null;
  const add = () => {
    const id = act.add(step ? i + 1 : undefined);
    if (id) editor.selectInMap({ kind: 'step', id });
  };
  return (
    <div className="sub-bar" role="group" aria-label="Langkah terpilih" data-testid="sub-bar">
      {step ? (
        <>
          <strong className="sub-bar-no">Langkah {i + 1}</strong>
          <label>
            Nama{' '}
            <input id="sub-bar-nama" value={step.nama} onChange={(e) => act.update(step.id, { nama: e.target.value })} data-testid="sub-bar-nama" />
          </label>
          <label>
            Output <input value={step.output} onChange={(e) => act.update(step.id, { output: e.target.value })} data-testid="sub-bar-output" />
          </label>
          <label>
            Pejabat pengampu{' '}
            <select value={step.pengampuId ?? ''} onChange={(e) => act.update(step.id, { pengampuId: e.target.value || null })} data-testid="sub-bar-pengampu">
              <PengampuOptions doc={doc} />
            </select>
          </label>
          <button onClick={() => act.move(i, -1)} disabled={i === 0} data-testid="sub-bar-up">
            ↑ Lebih awal
          </button>
          <button onClick={() => act.move(i, 1)} disabled={i === map.steps.length - 1} data-testid="sub-bar-down">
            ↓ Lebih akhir
          </button>
          <button
            className="danger"
            onClick={() => {
              if (act.remove(step.id)) editor.selectInMap(null);
            }}
            data-testid="sub-bar-delete"
          >
            Hapus langkah
          </button>
        </>
      ) : (
        <span className="muted">Pilih sebuah langkah untuk menyuntingnya: klik kotaknya, atau Tab ke kotak lalu Enter.</span>
      )}
      <span className="spacer" />
      <button onClick={add} data-testid="sub-bar-add" title={step ? 'Tambah langkah sesudah langkah terpilih' : 'Tambah langkah di akhir'}>
        + Langkah
      </button>
    </div>
  );
}
