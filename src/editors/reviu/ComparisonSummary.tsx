// What a comparison found, as the compare dialog and the penyetaraan preview show it: the counts, the matriks
// perubahan, what could not be matched, and the findings introduced and resolved.
import type { DocumentComparison } from '../../commands/compareDocuments';
import { pairChanged } from '../../model';
import type { Finding } from '../../rules/types';

/** Rows shown in the dialog; the PDF and XLSX carry all of them. */
const SHOWN_ROWS = 300;

export function comparisonCounts(cmp: DocumentComparison) {
  const s = cmp.structure;
  const pairs = s.positions.pairs.filter(pairChanged);
  return {
    dibentuk: s.positions.added.length,
    dihapus: s.positions.removed.length,
    dipindah: pairs.filter((p) => p.moved.unit || p.moved.atasan).length,
    diubah: pairs.filter((p) => p.changes.length > 0).length,
    unit: s.units.added.length + s.units.removed.length + s.units.pairs.filter((p) => p.changes.length || p.moved).length,
    tim: s.teams.added.length + s.teams.removed.length + s.teams.changed.length,
    peta: s.maps.added.length + s.maps.removed.length + s.maps.changed.length,
  };
}

export function ComparisonSummary({ cmp, hideFindings }: { cmp: DocumentComparison; hideFindings?: boolean }) {
  const c = comparisonCounts(cmp);
  const rows = cmp.rows;
  return (
    <div className="compare-summary" data-testid="compare-summary">
      <p className="compare-counts" data-testid="compare-counts">
        Jabatan: {c.dibentuk} dibentuk, {c.dihapus} dihapus, {c.dipindah} dipindah, {c.diubah} diubah · Unit berubah: {c.unit} · Tim Kerja berubah: {c.tim} · Peta berubah: {c.peta}
      </p>
      <h3>Matriks perubahan ({rows.length} jabatan)</h3>
      {rows.length === 0 ? (
        <p className="muted">Tidak ada jabatan yang berubah.</p>
      ) : (
        <div className="matriks-scroll">
          <table className="matriks" data-testid="matriks">
            <thead>
              <tr>
                <th>No</th>
                <th>Jabatan lama</th>
                <th>Jabatan baru</th>
                <th>Unit</th>
                <th>Atasan lama → baru</th>
                <th>Keterangan</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((r, i) => (
                <tr key={`${r.idLama}|${r.idBaru}`}>
                  <td>{i + 1}</td>
                  <td>{r.jabatanLama}</td>
                  <td>{r.jabatanBaru}</td>
                  <td>{r.unit}</td>
                  <td>{r.atasanLama === r.atasanBaru ? r.atasanBaru : `${r.atasanLama} → ${r.atasanBaru}`}</td>
                  <td>{r.keterangan}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN_ROWS && <p className="muted">… dan {rows.length - SHOWN_ROWS} baris lagi di PDF dan XLSX.</p>}
        </div>
      )}
      {cmp.structure.unmatched.length > 0 && (
        <details className="compare-unmatched" open data-testid="compare-unmatched">
          <summary>Tidak dapat dicocokkan ({cmp.structure.unmatched.length})</summary>
          <ul>
            {cmp.structure.unmatched.map((u) => (
              <li key={`${u.side}|${u.id}`}>
                {u.side === 'lama' ? 'Struktur lama' : 'Struktur baru'}: {u.type} «{u.nama}» — {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {!hideFindings && <FindingsDiff introduced={cmp.findings.introduced} resolved={cmp.findings.resolved} />}
    </div>
  );
}

export function FindingsDiff({ introduced, resolved }: { introduced: Finding[]; resolved: Finding[] }) {
  return (
    <div className="compare-findings" data-testid="compare-findings">
      <div>
        <h3>Temuan baru ({introduced.length})</h3>
        <FindingList list={introduced} />
      </div>
      <div>
        <h3>Temuan yang teratasi ({resolved.length})</h3>
        <FindingList list={resolved} />
      </div>
    </div>
  );
}

function FindingList({ list }: { list: Finding[] }) {
  if (list.length === 0) return <p className="muted">Tidak ada.</p>;
  return (
    <ul>
      {list.slice(0, 100).map((f, i) => (
        <li key={i} className={`sev-${f.severity}`}>
          <strong>{f.ruleId}</strong> {f.message}
        </li>
      ))}
      {list.length > 100 && <li className="muted">… dan {list.length - 100} lainnya</li>}
    </ul>
  );
}
