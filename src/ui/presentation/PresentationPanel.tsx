// The panel where a trainer builds the presentation: add "what I see now", rename, reorder, remove, and start
// (from the first view or from any). It floats over the editor and stays open while the trainer moves between
// views, so each view can be set up and added in turn.
import { addPresentationStep } from '../../commands/addPresentationStep';
import { movePresentationStep } from '../../commands/movePresentationStep';
import { removePresentationStep } from '../../commands/removePresentationStep';
import { renamePresentationStep } from '../../commands/renamePresentationStep';
import { splitPresentationStep } from '../../commands/splitPresentationStep';
import { newId } from '../../model';
import { describeStep, missingTarget, presentationSteps, stepUnits } from '../../model/presentation';
import { useStore } from '../../editor/createStore';
import { startPresentation, togglePresentationPanel } from './presenter';
import { stepFromView } from './steps';
import { visibleRegion } from './viewControl';
import type { Editor } from '../../editor/types';
import { useEditor } from '../../editor/context';

function addCurrentView(editor: Editor): void {
  const s = editor.get();
  if (!s.doc) return;
  const step = stepFromView(s.doc, s, visibleRegion(editor), newId('step'));
  if (typeof step === 'string') {
    editor.showToast({ kind: 'error', text: step });
    return;
  }
  editor.run(addPresentationStep, { step });
}

export function PresentationPanel() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  if (!doc) return null;
  const steps = presentationSteps(doc);
  return (
    <section className="present-panel" aria-label="Presentasi" data-testid="present-panel">
      <div className="present-panel-head">
        <h2>Presentasi</h2>
        <button className="modal-close" onClick={() => togglePresentationPanel(editor, false)} aria-label="Tutup panel presentasi">
          ×
        </button>
      </div>
      <div className="present-panel-actions">
        <button onClick={() => addCurrentView(editor)} data-testid="present-add">
          + Tambah tampilan saat ini
        </button>
        <button className="primary" onClick={() => startPresentation(editor, 0)} data-testid="present-start" title="Mulai presentasi (F5)">
          ▶ Mulai presentasi
        </button>
      </div>
      <p className="palette-hint">
        Jabatan terpilih: cabang di bawahnya. Tanpa pilihan: bagian struktur yang tampak di layar. Tab Tim Kerja: tim yang
        terbuka. Tab Peta: peta yang terbuka. Saat presentasi: → / Spasi / PageDown maju, ← / PageUp mundur, H penanda,
        F temuan, Esc selesai.
      </p>
      {steps.length === 0 ? (
        <p className="muted small" data-testid="present-empty">
          Belum ada tampilan. Tanpa tampilan, presentasi menampilkan tampilan saat ini saja.
        </p>
      ) : (
        <ol className="present-steps">
          {steps.map((step, i) => {
            const missing = missingTarget(doc, step);
            // a whole structure on one slide is specks on a projector: offer one step per unit instead
            const units = missing ? 0 : stepUnits(doc, step).length;
            return (
              <li key={step.id} className={missing ? 'present-step missing' : 'present-step'} data-testid="present-step">
                <div className="present-step-row">
                  <span className="present-step-no">{i + 1}</span>
                  <input
                    value={step.title}
                    placeholder={describeStep(doc, step)}
                    aria-label={`Judul tampilan ${i + 1}`}
                    onChange={(e) => editor.run(renamePresentationStep, { id: step.id, title: e.target.value }, { mergeKey: `present-title-${step.id}` })}
                    data-testid="present-step-title"
                  />
                </div>
                <div className="present-step-row">
                  <span className="present-step-what">
                    {missing ?? describeStep(doc, step)}
                  </span>
                  <button onClick={() => startPresentation(editor, i)} title="Mulai presentasi dari tampilan ini" aria-label={`Mulai dari tampilan ${i + 1}`} data-testid="present-step-start">
                    ▶
                  </button>
                  <button onClick={() => editor.run(movePresentationStep, { id: step.id, toIndex: i - 1 })} disabled={i === 0} aria-label={`Naikkan tampilan ${i + 1}`}>
                    ↑
                  </button>
                  <button
                    onClick={() => editor.run(movePresentationStep, { id: step.id, toIndex: i + 1 })}
                    disabled={i === steps.length - 1}
                    aria-label={`Turunkan tampilan ${i + 1}`}
                  >
                    ↓
                  </button>
                  {units > 0 && (
                    <button
                      onClick={() => editor.run(splitPresentationStep, { id: step.id })}
                      title={`Pecah menjadi ${units} tampilan, satu per unit, agar terbaca di proyektor`}
                      aria-label={`Pecah tampilan ${i + 1} menjadi ${units} tampilan per unit`}
                      data-testid="present-step-split"
                    >
                      Pecah per unit
                    </button>
                  )}
                  <button onClick={() => editor.run(removePresentationStep, { id: step.id })} aria-label={`Hapus tampilan ${i + 1}`} data-testid="present-step-remove">
                    ×
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
