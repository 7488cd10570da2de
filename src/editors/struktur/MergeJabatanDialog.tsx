// "Gabungkan jabatan yang sama": the preview of planMergeJabatan — each group with its unit, atasan, K and B after the
// merge, blocked groups with their reasons — and one button that merges the chosen groups as one undo step.
import { useMemo, useState } from 'react';
import { mergeJabatan } from '../../commands/mergeJabatan';
import { planMergeJabatan } from '../../commands/mergeJabatanPlan';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { Modal } from '../../ui/kit/Modal';

export function MergeJabatanDialog() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc);
  const plan = useMemo(() => (doc ? planMergeJabatan(doc) : null), [doc]);
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  if (!doc || !plan) return null;
  const chosen = plan.mergeable.filter((g) => !skipped.has(g.keepId));
  const toggle = (id: string) =>
    setSkipped((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const merge = () => {
    if (editor.run(mergeJabatan, { keepIds: chosen.map((g) => g.keepId) })) {
      editor.closeDialog();
      editor.showToast({ kind: 'info', text: `${chosen.length} kelompok jabatan digabung. Urungkan (Ctrl+Z) mengembalikannya.` });
    }
  };
  return (
    <Modal title="Gabungkan jabatan yang sama" onClose={editor.closeDialog} wide>
      <div data-testid="merge-jabatan">
        {plan.groups.length === 0 ? (
          <p>Tidak ada jabatan kembar: setiap jabatan sudah tercatat sekali per atasan dan unit.</p>
        ) : (
          <>
            <p>
              Jabatan dengan nama, jenis dan jenjang yang sama di bawah atasan yang sama dalam satu unit digabung menjadi
              satu jabatan: K dijumlahkan, pemangkunya disatukan, dan anggota Tim Kerja, lajur peta serta catatan reviu
              menunjuk jabatan yang dipertahankan. Ditemukan {plan.groups.length} kelompok
              {plan.groups.length > plan.mergeable.length ? `, ${plan.groups.length - plan.mergeable.length} di antaranya tidak dapat digabung` : ''}.
            </p>
            <table className="merge-table">
              <thead>
                <tr>
                  <th>Gabung</th>
                  <th>Jabatan</th>
                  <th>Unit</th>
                  <th>Atasan</th>
                  <th>Jumlah</th>
                  <th>K</th>
                  <th>B</th>
                </tr>
              </thead>
              <tbody>
                {plan.groups.map((g) => (
                  <tr key={g.keepId} data-testid="merge-group" className={g.blocked.length ? 'blocked' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Gabungkan ${g.nama}`}
                        disabled={g.blocked.length > 0}
                        checked={g.blocked.length === 0 && !skipped.has(g.keepId)}
                        onChange={() => toggle(g.keepId)}
                      />
                    </td>
                    <td>
                      {g.nama}
                      {g.blocked.length > 0 && <div className="merge-blocked">Tidak digabung: {g.blocked.join('; ')}.</div>}
                    </td>
                    <td>{doc.units[g.unitId]?.nama ?? '—'}</td>
                    <td>{g.superiorId ? doc.positions[g.superiorId]?.nama : '—'}</td>
                    <td>{g.ids.length}</td>
                    <td>{g.kebutuhan}</td>
                    <td>{g.bezetting}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <div className="dialog-actions">
          <button className="primary" data-testid="merge-confirm" disabled={chosen.length === 0} onClick={merge}>
            Gabungkan {chosen.length} kelompok
          </button>
          <button onClick={editor.closeDialog}>Batal</button>
        </div>
      </div>
    </Modal>
  );
}
