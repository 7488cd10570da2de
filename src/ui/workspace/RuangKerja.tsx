// The Ruang kerja view: the Pemda's documents side by side with their rekap, grouped (by instansi, or the user's own
// groups), the checks across documents, a search through every document, and the workspace-wide files.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditor } from '../../editor/context';
import { PROFILES, RULE_FAMILIES } from '../../rules';
import { LINTAS_RULES } from '../../rules/lintas';
import { formatSelisih } from '../../model';
import {
  exportAllZip,
  exportRekapXlsx,
  groupOf,
  importMany,
  loadRuangKerja,
  openFromWorkspace,
  searchWorkspace,
  setGroup,
  type WorkspaceLoad,
  type WorkspaceRow,
} from '../../editor/workspace/ruangKerja';
import './ruangKerja.css';

// module-cache: the rule families never change
const familyTitle = new Map(RULE_FAMILIES.map((f) => [f.prefix, f.title]));
const profileLabel = (id: string) => (PROFILES as Record<string, { label: string } | undefined>)[id]?.label ?? id;

export default function RuangKerja() {
  const editor = useEditor();
  const [loaded, setLoaded] = useState<WorkspaceLoad | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const rows = loaded?.rows ?? [];
  const findings = loaded?.findings ?? [];
  const loadedIn = loaded?.loadedIn ?? null;
  const loading = loaded === null;
  const reload = () => loadRuangKerja(editor).then((l) => l && setLoaded(l));
  /** one task at a time, its name shown while it runs; the view is read again after it */
  const task = (label: string, work: () => Promise<unknown>, again = true) => {
    setBusy(label);
    void work()
      .then(() => (again ? reload() : undefined))
      .finally(() => setBusy(null));
  };
  const close = () => editor.set({ dialog: null });
  const [query, setQuery] = useState('');
  const [editingGroup, setEditingGroup] = useState<{ id: string; value: string } | null>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    let live = true;
    void loadRuangKerja(editor).then((l) => live && l && setLoaded(l));
    return () => {
      live = false;
    };
  }, [editor]);
  const search = useMemo(() => searchWorkspace(rows, query), [rows, query]);
  const groups = useMemo(() => {
    const out = new Map<string, WorkspaceRow[]>();
    for (const r of rows) {
      const g = groupOf(r);
      out.set(g, [...(out.get(g) ?? []), r]);
    }
    return out;
  }, [rows]);
  const total = rows.reduce(
    (t, r) => (r.rekap ? { jabatan: t.jabatan + r.rekap.jabatan, k: t.k + r.rekap.k, b: t.b + r.rekap.b, selisih: t.selisih + r.rekap.selisih } : t),
    { jabatan: 0, k: 0, b: 0, selisih: 0 },
  );
  const titleOf = new Map(rows.map((r) => [r.id, r.title]));
  const open = (docId: string, subjectId: string | null) => openFromWorkspace(editor, docId, titleOf.get(docId) ?? docId, subjectId);
  const pick = (input: HTMLInputElement | null) => {
    const files = input?.files ? [...input.files] : [];
    if (input) input.value = '';
    task('Mengimpor…', () => importMany(editor, files));
  };

  return (
    <div className="ruang-kerja" data-testid="ruang-kerja">
      <header className="rk-head">
        <h1>Ruang kerja</h1>
        <p className="rk-total" data-testid="rk-total">
          {rows.length} dokumen · {total.jabatan.toLocaleString('id-ID')} jabatan · K {total.k.toLocaleString('id-ID')} · B{' '}
          {total.b.toLocaleString('id-ID')} · ± {formatSelisih(total.selisih)}
        </p>
        <div className="rk-actions">
          <button onClick={() => task('Menyiapkan ZIP…', () => exportAllZip(editor, rows), false)} disabled={busy !== null || rows.length === 0} data-testid="rk-zip">
            Unduh semua (ZIP)
          </button>
          <button onClick={() => task('Menyiapkan XLSX…', () => exportRekapXlsx(rows, findings), false)} disabled={busy !== null || rows.length === 0} data-testid="rk-xlsx">
            Rekap Pemda (XLSX)
          </button>
          <button onClick={() => folderInput.current?.click()} disabled={busy !== null}>
            Impor folder…
          </button>
          <button onClick={() => filesInput.current?.click()} disabled={busy !== null} data-testid="rk-import">
            Impor ZIP / berkas…
          </button>
          <button className="primary" onClick={close} data-testid="rk-close">
            Tutup
          </button>
          {/* webkitdirectory: a whole folder at once (Chromium, Firefox, Safari) */}
          <input ref={folderInput} type="file" hidden {...{ webkitdirectory: '' }} multiple onChange={(e) => pick(e.currentTarget)} data-testid="rk-folder-input" />
          <input ref={filesInput} type="file" hidden accept=".zip,.json,application/zip,application/json" multiple onChange={(e) => pick(e.currentTarget)} data-testid="rk-files-input" />
        </div>
      </header>
      {busy && (
        <p className="muted" role="status">
          {busy}
        </p>
      )}

      <section className="rk-search" aria-label="Cari di semua dokumen">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Cari jabatan, nama pemangku atau NIP di semua dokumen"
          aria-label="Cari di semua dokumen"
          data-testid="rk-search"
        />
        {query.trim().length >= 2 && (
          <div className="rk-hits" data-testid="rk-hits">
            {search.hits.length === 0 ? (
              <p className="muted">Tidak ditemukan.</p>
            ) : (
              <ul>
                {search.hits.map((h) => (
                  <li key={`${h.docId}:${h.positionId}:${h.person ?? ''}`}>
                    <button className="linklike" onClick={() => open(h.docId, h.positionId)} data-testid="rk-hit">
                      {h.jabatan}
                    </button>
                    {h.person && <span> — {h.person}</span>}
                    <small className="muted"> · {h.title}</small>
                  </li>
                ))}
              </ul>
            )}
            {search.more && <p className="muted small">Hanya {search.hits.length} hasil pertama yang ditampilkan; perjelas pencarian.</p>}
          </div>
        )}
      </section>

      {findings.length > 0 && (
        <section className="rk-findings" aria-label="Temuan lintas dokumen" data-testid="rk-findings">
          <h2>Temuan lintas dokumen ({findings.length})</h2>
          <ul>
            {findings.map((f, i) => (
              <li key={i} className={`c-${f.severity}`}>
                <a href={`bantuan/aturan.html#${f.ruleId.toLowerCase()}`} target="_blank" rel="noopener" title={LINTAS_RULES.find((r) => r.id === f.ruleId)?.title}>
                  {f.ruleId}
                </a>{' '}
                {f.message}{' '}
                {[...new Map(f.places.map((p) => [p.docId, p])).values()].map((p) => (
                  <button key={p.docId} className="linklike small" onClick={() => open(p.docId, p.subjectId || null)}>
                    buka «{titleOf.get(p.docId) ?? p.docId}»
                  </button>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}

      {loading && rows.length === 0 ? (
        <p className="muted">Memuat Ruang kerja…</p>
      ) : rows.length === 0 ? (
        <p className="muted">Belum ada dokumen di browser ini. Impor folder atau ZIP dokumen, atau buat dokumen baru.</p>
      ) : (
        <table className="rk-table" data-testid="rk-table">
          <thead>
            <tr>
              <th>Dokumen</th>
              <th className="num">Jabatan</th>
              <th className="num" title="Kebutuhan">K</th>
              <th className="num" title="Bezetting (yang ada)">B</th>
              <th className="num" title="B − K">±</th>
              <th>Temuan per kelompok aturan</th>
              <th>Profil</th>
              <th>Status</th>
              <th>Diubah</th>
              <th>Kelompok</th>
              <th />
            </tr>
          </thead>
          {[...groups].map(([group, list]) => (
            <tbody key={group} data-testid="rk-group">
              <tr className="rk-group-row">
                <th colSpan={11} scope="rowgroup">
                  {group} <small className="muted">({list.length} dokumen)</small>
                </th>
              </tr>
              {list.map((r) => (
                <tr key={r.id} data-testid="rk-row">
                  <td>
                    <button className="linklike" onClick={() => open(r.id, null)} data-testid="rk-open">
                      {r.title || 'Tanpa judul'}
                    </button>
                    {r.unreadable && <small className="c-error"> (tidak terbaca)</small>}
                    <div className="muted small">{r.instansi}</div>
                  </td>
                  <td className="num">{r.rekap?.jabatan.toLocaleString('id-ID') ?? '—'}</td>
                  <td className="num">{r.rekap?.k.toLocaleString('id-ID') ?? '—'}</td>
                  <td className="num">{r.rekap?.b.toLocaleString('id-ID') ?? '—'}</td>
                  <td className="num">{r.rekap ? formatSelisih(r.rekap.selisih) : '—'}</td>
                  <td>
                    {r.rekap && r.rekap.byFamily.length === 0 && <span className="muted">tidak ada</span>}
                    {r.rekap?.byFamily.map((f) => (
                      <span key={f.prefix} className="rk-chip" title={familyTitle.get(f.prefix) ?? f.prefix}>
                        {f.prefix}: {f.error > 0 && <span className="c-error">{f.error} galat</span>}
                        {f.error > 0 && f.warning > 0 && ', '}
                        {f.warning > 0 && <span className="c-warning">{f.warning} peringatan</span>}
                      </span>
                    ))}
                  </td>
                  <td>{r.rekap ? profileLabel(r.rekap.profileId) : '—'}</td>
                  <td>{r.rekap ? <span className={`rk-status rk-status-${r.rekap.status}`}>{r.rekap.status}</span> : '—'}</td>
                  <td className="small">{new Date(r.updatedAt).toLocaleString('id-ID')}</td>
                  <td>
                    {editingGroup?.id === r.id ? (
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          const value = editingGroup.value;
                          void setGroup(editor, r.id, value).then(() => {
                            setEditingGroup(null);
                            void reload();
                          });
                        }}
                      >
                        <input autoFocus value={editingGroup.value} aria-label="Nama kelompok" onChange={(e) => setEditingGroup({ id: r.id, value: e.target.value })} />
                        <button type="submit">Simpan</button>
                      </form>
                    ) : (
                      <button className="linklike small" onClick={() => setEditingGroup({ id: r.id, value: r.group })} data-testid="rk-group-edit">
                        {r.group || 'atur…'}
                      </button>
                    )}
                  </td>
                  <td className="doc-actions">
                    <button onClick={() => open(r.id, null)}>Buka</button>
                    <button onClick={() => task('Menggandakan…', () => editor.persistence.duplicate(r.id))} data-testid="rk-duplicate">
                      Duplikat
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
      {loadedIn && (
        <p className="muted small" data-testid="rk-loaded">
          Dimuat dalam {loadedIn.ms} ms{loadedIn.computed > 0 ? ` (rekap ${loadedIn.computed} dokumen dihitung ulang)` : ''}.
        </p>
      )}
    </div>
  );
}
