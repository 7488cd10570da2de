// "Penyetaraan" (issue 17 item 3): choose Administrator/Pengawas posts by rule (kind, name, unit) and by hand, see
// the structure after conversion — JF with the jenjang of the table under the next structural official up, led
// units merged or kept, subordinates, teams and map lanes re-pointed — with the findings before and after side by
// side and the matriks perubahan; apply it as one undo step.
import { useMemo, useState } from 'react';
import type { PenyetaraanPreview } from '../../commands/penyetaraan';
import { PENYETARAAN_JENJANG, selectForPenyetaraan } from '../../commands/penyetaraanPlan';
import { JENJANG_LABELS, POSITION_KIND_LABELS, unitPath, type Workspace } from '../../model';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { downloadMatriks } from '../../editor/reviewCompare';
import { applyPenyetaraan, penyetaraanPreview } from '../../editor/reviewPenyetaraan';
import { Modal } from '../../ui/kit/Modal';
import { ComparisonSummary, FindingsDiff } from './ComparisonSummary';

type Kind = 'administrator' | 'pengawas';

function countsOf(list: { severity: string }[]) {
  return { error: list.filter((f) => f.severity === 'error').length, warning: list.filter((f) => f.severity === 'warning').length };
}

export function PenyetaraanDialog() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc) as Workspace;
  const [kind, setKind] = useState<Kind>('pengawas');
  const [prefix, setPrefix] = useState('Kepala Seksi');
  const [unitId, setUnitId] = useState<string>('');
  // posts left out (unticked) and added by hand, on top of the rule's choice
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [keep, setKeep] = useState<ReadonlySet<string>>(() => new Set(Object.values(doc.units).filter((u) => u.pengecualian).map((u) => u.id)));
  const candidates = useMemo(() => selectForPenyetaraan(doc, { kind, namaAwalan: prefix, unitId: unitId || null }), [doc, kind, prefix, unitId]);
  const chosen = candidates.filter((id) => !unticked.has(id));
  const chosenKey = chosen.join(',');
  // the preview (plan, execute, compare, lint: ~0.1 s for Kota Contoh) is made again only when its inputs change
  const preview = useMemo(
    () => penyetaraanPreview(editor, { positionIds: chosenKey ? chosenKey.split(',') : [], keepUnitIds: [...keep] }),
    // the preview reads the open document: made again when it changes
    [editor, doc, chosenKey, keep],
  );
  const units = useMemo(
    () => Object.values(doc.units).map((u) => ({ id: u.id, path: unitPath(doc, u.id) })).sort((a, b) => a.path.localeCompare(b.path, 'id')),
    [doc],
  );
  const name = (id: string) => doc.positions[id]?.nama ?? id;
  const toggle = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };
  const ready = preview !== null && typeof preview !== 'string' ? preview : null;
  return (
    <Modal title="Simulasi penyetaraan jabatan" onClose={() => editor.closeDialog()} wide>
      <p className="muted">
        Administrator → JF Ahli Madya, Pengawas → JF Ahli Muda (PermenPANRB 17/2021). Jabatan yang disetarakan berada di bawah pejabat
        struktural berikutnya di atasnya; kelas jabatan, K/B dan pemangku tetap.
      </p>
      <div className="penyetaraan-rule" role="group" aria-label="Pilih jabatan menurut aturan">
        <label>
          Jenis
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="penyetaraan-kind">
            {(Object.keys(PENYETARAAN_JENJANG) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {POSITION_KIND_LABELS[k]} → JF {JENJANG_LABELS[PENYETARAAN_JENJANG[k]!]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Nama diawali
          <input value={prefix} onChange={(e) => setPrefix(e.target.value)} placeholder="semua nama" data-testid="penyetaraan-prefix" />
        </label>
        <label>
          Di unit
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)} data-testid="penyetaraan-unit">
            <option value="">Seluruh dokumen</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.path}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="penyetaraan-posts">
        <legend>
          Jabatan yang disetarakan ({chosen.length} dari {candidates.length})
        </legend>
        {candidates.length === 0 && <p className="muted">Tidak ada jabatan yang cocok dengan aturan ini.</p>}
        <ul>
          {candidates.map((id) => (
            <li key={id}>
              <label className="check">
                <input type="checkbox" checked={!unticked.has(id)} onChange={() => setUnticked(toggle(unticked, id))} />
                {name(id)} <span className="muted">— {unitPath(doc, doc.positions[id].unitId)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {typeof preview === 'string' && (
        <p className="reviu-warning" role="alert" data-testid="penyetaraan-refused">
          {preview}
        </p>
      )}
      {ready && (
        <div className="penyetaraan-preview" data-testid="penyetaraan-preview">
          <h3>Setelah penyetaraan</h3>
          <table className="matriks">
            <thead>
              <tr>
                <th>Jabatan</th>
                <th>Menjadi</th>
                <th>Atasan baru</th>
                <th>Unit yang dipimpin</th>
              </tr>
            </thead>
            <tbody>
              {ready.plan.conversions.map((c) => (
                <tr key={c.positionId}>
                  <td>{c.namaLama}</td>
                  <td>
                    {c.namaBaru} (JF {JENJANG_LABELS[c.jenjang]})
                  </td>
                  <td>{name(c.atasanBaruId)}</td>
                  <td>
                    {c.unitId === null ? (
                      '—'
                    ) : (
                      <label className="check">
                        <input type="checkbox" checked={c.unitAction === 'keep'} onChange={() => setKeep(toggle(keep, c.unitId!))} data-testid="penyetaraan-keep" />
                        pertahankan «{doc.units[c.unitId]?.nama}»
                        {c.unitAction === 'merge' && <span className="muted"> (digabung ke «{doc.units[c.mergedIntoUnitId!]?.nama}»)</span>}
                      </label>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="penyetaraan-consequences" data-testid="penyetaraan-consequences">
            <li>{ready.plan.reattached.length} JF/Pelaksana dan bawahan lain pindah ke pejabat struktural berikutnya di atas.</li>
            {ready.plan.teams.map((t) => (
              <li key={`${t.teamId}|${t.field}`}>
                Tim Kerja «{doc.teams[t.teamId]?.nama}»: {t.field === 'pimpinanUnitId' ? 'pimpinan unit' : t.field === 'penilaiKinerjaId' ? 'penilai kinerja' : 'penanggung jawab'} «{name(t.from)}» → «{name(t.to)}»
              </li>
            ))}
            {ready.plan.lanes.map((l) => (
              <li key={`${l.mapId}|${l.laneId}`}>
                Lajur peta «{doc.maps[l.mapId]?.title}»: «{name(l.from)}» → «{name(l.to)}»
              </li>
            ))}
            {ready.plan.steps.map((s) => (
              <li key={`${s.mapId}|${s.stepId}`}>
                Langkah peta «{doc.maps[s.mapId]?.title}»: pengampu «{name(s.from)}» → «{name(s.to)}»
              </li>
            ))}
            {ready.plan.ownedByMerged.map((o) => (
              <li key={o.id}>
                {o.kind === 'tim' ? 'Tim Kerja' : 'Peta'} «{o.nama}» milik unit yang digabung, pindah ke unit induknya.
              </li>
            ))}
          </ul>
          <FindingsSideBySide preview={ready} />
          <ComparisonSummary cmp={ready.comparison} hideFindings />
        </div>
      )}
      <div className="modal-actions">
        <button className="tb-btn" onClick={() => editor.closeDialog()}>
          Batal
        </button>
        {ready && (
          <>
            <button className="tb-btn" onClick={() => void downloadMatriks(editor, ready.comparison, titlesOf(doc), 'pdf', 'a4')} data-testid="penyetaraan-matriks-pdf">
              Matriks PDF (A4)
            </button>
            <button className="tb-btn" onClick={() => void downloadMatriks(editor, ready.comparison, titlesOf(doc), 'pdf', 'f4')}>
              Matriks PDF (F4)
            </button>
            <button className="tb-btn" onClick={() => void downloadMatriks(editor, ready.comparison, titlesOf(doc), 'xlsx')}>
              Matriks XLSX
            </button>
          </>
        )}
        <button
          className="tb-btn primary"
          disabled={!ready}
          onClick={() => {
            if (ready && applyPenyetaraan(editor, ready)) editor.closeDialog();
          }}
          data-testid="penyetaraan-apply"
        >
          Terapkan penyetaraan
        </button>
      </div>
    </Modal>
  );
}

function titlesOf(doc: Workspace) {
  return { lama: `${doc.title} (sebelum penyetaraan)`, baru: `${doc.title} (setelah penyetaraan)`, judul: 'Penyetaraan jabatan' };
}

function FindingsSideBySide({ preview }: { preview: PenyetaraanPreview }) {
  const before = countsOf(preview.findingsBefore);
  const after = countsOf(preview.findingsAfter);
  return (
    <div data-testid="penyetaraan-findings">
      <h3>Temuan sebelum dan sesudah</h3>
      <table className="matriks compare-findings-counts">
        <thead>
          <tr>
            <th></th>
            <th>Sebelum</th>
            <th>Sesudah</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Galat</td>
            <td>{before.error}</td>
            <td>{after.error}</td>
          </tr>
          <tr>
            <td>Peringatan</td>
            <td>{before.warning}</td>
            <td>{after.warning}</td>
          </tr>
        </tbody>
      </table>
      <FindingsDiff introduced={preview.comparison.findings.introduced} resolved={preview.comparison.findings.resolved} />
    </div>
  );
}
