import { unitOptions as unitOptionsOf } from '../../editor/unitOptions';
// The right column of the Tim Kerja view: the active team's fields, its members (add from a searchable list, from
// the selection, by dragging a box onto the drop zone, or a person of another instansi), its derived scope beside
// the instrument the profile requires and the one declared, its findings, and its documents.
import { useEffect, useMemo, useState } from 'react';
import { addTeamMember } from '../../commands/addTeamMember';
import { removeTeamMember } from '../../commands/removeTeamMember';
import { setTeamKetua } from '../../commands/setTeamKetua';
import { updateTeam, type TeamChanges } from '../../commands/updateTeam';
import { updateTeamMember } from '../../commands/updateTeamMember';
import {
  firstPemangkuName,
  memberPerson,
  CARA_LABELS,
  CARA_PENUGASAN,
  INSTRUMENT_JENIS,
  INSTRUMENT_JENIS_LABELS,
  PENANDATANGAN,
  PENANDATANGAN_LABELS,
  PROFILE_LABELS,
  TEAM_ROLE_LABELS,
  isInstrumentJenis,
  isLeaderRole,
  isPenandatangan,
  leadsUnit,
  memberOrigin,
  structureIndex,
  teamScope,
  unitHead,
  type MemberOrigin,
  type Position,
  type Team,
  type TeamInstrument,
  type TeamMember,
  type Workspace,
} from '../../model';
import { describeDeclared, requiredInstrument, type RequiredInstrument } from '../../rules/tim/instrument';
import { useStore } from '../../editor/createStore';
import { addPositionsToTeam, createNewTeam, showTeamOnCanvas } from './teamActions';
import { TEAM_DROP_ATTR } from '../../editor/teamHighlight';
import { ScopeBadge } from './TeamsPanel';
import { findingsOfTeam, instrumentStatus, searchPositions, type InstrumentStatus } from '../../editor/teamViewModel';
import './teams.css';
import { useEditor } from '../../editor/context';

const ORIGIN_LABEL: Record<MemberOrigin, string | null> = {
  'unit-pemilik': null,
  'unit-lain': 'unit lain',
  'pd-lain': 'Perangkat Daerah lain',
  'instansi-lain': 'instansi lain',
};

const STATUS_LABEL: Record<InstrumentStatus, string> = {
  sesuai: 'Sesuai',
  'tidak-sesuai': 'Tidak sesuai',
  'belum-lengkap': 'Belum lengkap',
  'belum-dicatat': 'Belum dicatat',
};

const EMPTY_INSTRUMENT: TeamInstrument = { jenis: '', nomor: '', tanggal: null, penandatangan: '' };

export function TeamEditor() {
  const editor = useEditor();
  const doc = useStore(editor, (s) => s.doc)!;
  const activeTeamId = useStore(editor, (s) => s.activeTeamId);
  const team = activeTeamId !== null ? doc.teams[activeTeamId] : undefined;
  if (!team) {
    return (
      <section className="panel properties team-editor" aria-label="Tim Kerja" data-testid="team-editor">
        <h2>Tim Kerja</h2>
        <p className="muted">
          Pilih sebuah tim di daftar sebelah kiri untuk mengubahnya, atau buat tim baru. Anggota tim ditandai pada struktur,
          dengan garis putus-putus dari Ketua ke setiap anggota.
        </p>
        <button className="primary" onClick={() => createNewTeam(editor)}>
          + Tim baru
        </button>
      </section>
    );
  }
  return <TeamForm key={team.id} doc={doc} team={team} />;
}

function TeamForm({ doc, team }: { doc: Workspace; team: Team }) {
  const editor = useEditor();
  const change = (changes: TeamChanges, mergeField?: string) =>
    editor.run(updateTeam, { id: team.id, changes }, mergeField ? { mergeKey: `${team.id}:${mergeField}` } : {});
  const index = structureIndex(doc);
  const scope = teamScope(doc, team, index.perangkatDaerahOf);
  const required = scope !== null ? requiredInstrument(doc.profileId, scope) : null;

  return (
    <section className="panel properties team-editor props" aria-label="Tim Kerja" data-testid="team-editor">
      <div className="team-editor-head">
        <h2>Tim Kerja</h2>
        <button className="small-btn" onClick={() => showTeamOnCanvas(editor, team)} disabled={team.members.length === 0} data-testid="team-fit">
          Tampilkan di struktur
        </button>
      </div>
      <NameField team={team} onCommit={(nama) => change({ nama }, 'nama')} />
      <label>
        Target kinerja
        <textarea
          rows={2}
          value={team.targetKinerja}
          placeholder="mis. Tersedianya data sektoral yang mutakhir"
          onChange={(e) => change({ targetKinerja: e.target.value }, 'target')}
          data-testid="team-target"
        />
      </label>
      <TeamFindings teamId={team.id} />
      <Officials doc={doc} team={team} change={change} />
      <Members doc={doc} team={team} />
      <ScopeAndInstrument doc={doc} team={team} scope={scope} required={required} change={change} />
      <fieldset className="team-fieldset">
        <legend>Periode tim</legend>
        <div className="row2">
          <label>
            Mulai
            <input type="date" value={team.mulai ?? ''} onChange={(e) => change({ mulai: e.target.value || null })} data-testid="team-mulai" />
          </label>
          <label>
            Selesai
            <input type="date" value={team.selesai ?? ''} onChange={(e) => change({ selesai: e.target.value || null })} data-testid="team-selesai" />
          </label>
        </div>
      </fieldset>
      <Documents team={team} required={required} />
    </section>
  );
}

/** The name is required: an emptied field is not written (the command refuses it) and shows the name again on blur. */
function NameField({ team, onCommit }: { team: Team; onCommit: (nama: string) => void }) {
  const [draft, setDraft] = useState(team.nama);
  useEffect(() => setDraft(team.nama), [team.nama]);
  return (
    <label>
      Nama tim
      <input
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value.trim()) onCommit(e.target.value);
        }}
        onBlur={() => setDraft(team.nama)}
        aria-invalid={draft.trim() === ''}
        data-testid="team-nama"
      />
      {draft.trim() === '' && <span className="field-error">Nama tim wajib diisi.</span>}
    </label>
  );
}

function TeamFindings({ teamId }: { teamId: string }) {
  const editor = useEditor();
  const findings = useStore(editor.findings, (s) => s.findings);
  const mine = useMemo(() => findingsOfTeam(findings, teamId), [findings, teamId]);
  if (mine.length === 0) {
    return (
      <p className="team-ok small" data-testid="team-findings-none">
        Tidak ada temuan untuk tim ini pada profil aturan yang dipilih.
      </p>
    );
  }
  const worst = mine.some((f) => f.severity === 'error') ? 'error' : mine.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  return (
    <div className={`team-findings-box tfb-${worst}`} data-testid="team-findings">
      <div className="team-findings-head">Temuan untuk tim ini ({mine.length})</div>
      <ul>
        {mine.map((f, i) => (
          <li key={i} className={`tf-item tf-${f.severity}`} data-testid="team-finding" data-rule={f.ruleId}>
            <button className="linklike" onClick={() => editor.openDialog({ type: 'rule', ruleId: f.ruleId })} title="Penjelasan aturan">
              {f.ruleId}
            </button>{' '}
            {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

// ── Owner unit and officials ────────────────────────────────────────────────────────────────────────────────

function positionLabel(p: Position): string {
  const nama = firstPemangkuName(p);
  return `${p.kode ? p.kode + ' ' : ''}${p.nama}${nama ? ` — ${nama}${p.pemangku.length > 1 ? ` (+${p.pemangku.length - 1})` : ''}` : ''}`;
}

function Officials({ doc, team, change }: { doc: Workspace; team: Team; change: (c: TeamChanges) => void }) {
  const unitOptions = unitOptionsOf(doc);
  const officials = useMemo(
    () =>
      Object.values(doc.positions)
        .filter(leadsUnit)
        .sort((a, b) => a.kode.localeCompare(b.kode, 'id', { numeric: true })),
    [doc.positions],
  );
  const index = structureIndex(doc);
  const owner = team.ownerUnitId !== null ? doc.units[team.ownerUnitId] : undefined;
  const ownerHead = owner ? unitHead(doc, index.positionsByUnit.get(owner.id) ?? [], owner.id) : undefined;
  const pd = owner ? index.perangkatDaerahOf.get(owner.id) : undefined;
  const pdHead = pd ? unitHead(doc, index.positionsByUnit.get(pd.id) ?? [], pd.id) : undefined;

  const fill = () => {
    const changes: TeamChanges = {};
    if (ownerHead) {
      changes.pimpinanUnitId = ownerHead.id;
      if (team.penilaiKinerjaId === null) changes.penilaiKinerjaId = ownerHead.id;
    }
    if (team.penanggungjawabId === null && (pdHead ?? ownerHead)) changes.penanggungjawabId = (pdHead ?? ownerHead)!.id;
    change(changes);
  };

  const positionSelect = (field: 'pimpinanUnitId' | 'penilaiKinerjaId' | 'penanggungjawabId', label: string, testId: string) => {
    const value = team[field];
    const current = value !== null ? doc.positions[value] : undefined;
    return (
      <label>
        {label}
        <select value={value ?? ''} onChange={(e) => change({ [field]: e.target.value || null })} data-testid={testId}>
          <option value="">— belum ditentukan —</option>
          {current && !leadsUnit(current) && <option value={current.id}>{positionLabel(current)}</option>}
          {officials.map((p) => (
            <option key={p.id} value={p.id}>
              {positionLabel(p)}
            </option>
          ))}
        </select>
      </label>
    );
  };

  return (
    <fieldset className="team-fieldset">
      <legend>Pemilik kinerja dan pejabat</legend>
      <label>
        Unit pemilik kinerja
        <select value={team.ownerUnitId ?? ''} onChange={(e) => change({ ownerUnitId: e.target.value || null })} data-testid="team-owner">
          <option value="">— belum ditentukan —</option>
          {unitOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {positionSelect('pimpinanUnitId', 'Pimpinan Unit Organisasi', 'team-puo')}
      {positionSelect('penilaiKinerjaId', 'Pejabat Penilai Kinerja', 'team-ppkin')}
      {positionSelect('penanggungjawabId', 'Penanggungjawab', 'team-pj')}
      {ownerHead && (team.pimpinanUnitId !== ownerHead.id || team.penilaiKinerjaId === null || team.penanggungjawabId === null) && (
        <button className="small-btn" onClick={fill} title={`Pimpinan Unit Organisasi: ${ownerHead.nama}`} data-testid="team-fill-officials">
          Isi dari unit pemilik ({ownerHead.nama})
        </button>
      )}
    </fieldset>
  );
}

// ── Members ─────────────────────────────────────────────────────────────────────────────────────────────────

function Members({ doc, team }: { doc: Workspace; team: Team }) {
  const editor = useEditor();
  const pdOf = structureIndex(doc).perangkatDaerahOf;
  const selection = useStore(editor, (s) => s.selection);
  const inTeam = useMemo(() => new Set(team.members.map((m) => m.positionId).filter((id): id is string => id !== null)), [team.members]);
  const selectable = selection.filter((id) => doc.positions[id] && !inTeam.has(id));
  const hasLeader = team.members.some((m) => isLeaderRole(m.role));
  const ordered = [...team.members.filter((m) => isLeaderRole(m.role)), ...team.members.filter((m) => !isLeaderRole(m.role))];

  return (
    <fieldset className="team-fieldset">
      <legend>Anggota ({team.members.length})</legend>
      {/* the ways to add come first: a long member list must not push the drop zone out of sight */}
      <MemberPicker doc={doc} team={team} inTeam={inTeam} />
      {selectable.length > 0 && (
        <button className="small-btn" onClick={() => addPositionsToTeam(editor, team.id, selectable)} data-testid="member-add-selected">
          Tambahkan jabatan terpilih di struktur
          {selectable.length === 1 ? ` («${doc.positions[selectable[0]].nama}»)` : ` (${selectable.length})`}
        </button>
      )}
      <ExternalForm team={team} />
      {team.members.length > 0 && !hasLeader && <p className="field-error">Tim belum memiliki Ketua: pilih «Jadikan Ketua» pada salah satu anggota.</p>}
      <ul className="member-list" data-testid="member-list">
        {ordered.map((m) => (
          <MemberRow key={m.id} doc={doc} team={team} m={m} origin={memberOrigin(doc, pdOf, team, m)} />
        ))}
      </ul>
    </fieldset>
  );
}

function MemberRow({ doc, team, m, origin }: { doc: Workspace; team: Team; m: TeamMember; origin: MemberOrigin | null }) {
  const editor = useEditor();
  const p = m.positionId !== null ? doc.positions[m.positionId] : undefined;
  const leader = isLeaderRole(m.role);
  const update = (changes: Partial<TeamMember>) => editor.run(updateTeamMember, { teamId: team.id, memberId: m.id, changes });
  const unit = p ? doc.units[p.unitId] : undefined;
  const originLabel = origin ? ORIGIN_LABEL[origin] : null;
  const name = p ? p.nama : m.external ? m.external.nama : m.positionId !== null ? `(jabatan «${m.positionId}» tidak ada lagi)` : '(tanpa nama)';
  const detail = p
    ? [p.kode, memberPerson(doc, m)?.nama, unit?.nama].filter(Boolean).join(' · ')
    : m.external
      ? [m.external.jabatan, m.external.instansi].filter(Boolean).join(' · ')
      : '';
  return (
    <li className={`member-row ${leader ? 'is-leader' : ''}`} data-testid="team-member" data-position={m.positionId ?? ''} data-role={m.role}>
      <div className="member-main">
        <span className={`role-tag role-${m.role}`}>{TEAM_ROLE_LABELS[m.role]}</span>
        <span className="member-name">{name}</span>
        {originLabel && <span className={`origin-tag origin-${origin}`}>{originLabel}</span>}
      </div>
      {detail && <div className="member-detail">{detail}</div>}
      <div className="member-actions">
        {leader ? (
          <select
            value={m.role}
            aria-label="Kedudukan"
            onChange={(e) => editor.run(setTeamKetua, { teamId: team.id, memberId: m.id, role: e.target.value as 'ketua' | 'koordinator' })}
          >
            <option value="ketua">Ketua</option>
            <option value="koordinator">Koordinator</option>
          </select>
        ) : (
          <button className="small-btn" onClick={() => editor.run(setTeamKetua, { teamId: team.id, memberId: m.id })} data-testid="member-make-ketua">
            Jadikan Ketua
          </button>
        )}
        <select value={m.cara} aria-label="Cara penugasan" onChange={(e) => update({ cara: e.target.value as TeamMember['cara'] })} data-testid="member-cara">
          {CARA_PENUGASAN.map((c) => (
            <option key={c} value={c}>
              {CARA_LABELS[c]}
            </option>
          ))}
        </select>
        <button
          className="small-btn"
          onClick={() => editor.run(removeTeamMember, { teamId: team.id, memberId: m.id })}
          title="Keluarkan dari tim"
          data-testid="member-remove"
        >
          Keluarkan
        </button>
      </div>
      <details className="member-period" open={m.mulai !== null || m.selesai !== null}>
        <summary>Periode penugasan sendiri</summary>
        <div className="row2">
          <label>
            Mulai
            <input type="date" value={m.mulai ?? ''} onChange={(e) => update({ mulai: e.target.value || null })} />
          </label>
          <label>
            Selesai
            <input type="date" value={m.selesai ?? ''} onChange={(e) => update({ selesai: e.target.value || null })} />
          </label>
        </div>
      </details>
    </li>
  );
}

function MemberPicker({ doc, team, inTeam }: { doc: Workspace; team: Team; inTeam: ReadonlySet<string> }) {
  const editor = useEditor();
  const [query, setQuery] = useState('');
  const dropHere = useStore(editor.teamDrop, (s) => s.teamId === team.id);
  const results = useMemo(() => searchPositions(doc.positions, query, { limit: 10, exclude: inTeam }), [doc.positions, query, inTeam]);
  return (
    <div className={`member-picker ${dropHere ? 'drop-hover' : ''}`} {...{ [TEAM_DROP_ATTR]: team.id }} data-testid="member-dropzone">
      <input
        type="search"
        value={query}
        placeholder="Cari jabatan: nama, kode, atau nama pemangku"
        aria-label="Cari jabatan untuk ditambahkan ke tim"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) {
            addPositionsToTeam(editor, team.id, [results[0].id]);
            setQuery('');
          }
        }}
        data-testid="member-search"
      />
      {results.length > 0 && (
        <ul className="picker-results">
          {results.map((p) => (
            <li key={p.id}>
              <button
                onClick={() => {
                  addPositionsToTeam(editor, team.id, [p.id]);
                  setQuery('');
                }}
                data-testid="member-search-result"
              >
                <span className="sr-kode">{p.kode}</span> {p.nama}
                <small>
                  {[p.pemangku.map((x) => x.nama).filter(Boolean).join(', '), doc.units[p.unitId]?.nama].filter(Boolean).join(' · ')}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() !== '' && results.length === 0 && <p className="muted small">Tidak ada jabatan yang cocok di luar anggota tim.</p>}
      <p className="drop-zone-hint">{dropHere ? 'Lepaskan untuk menambahkan sebagai Anggota' : 'atau seret kotak jabatan dari struktur ke sini'}</p>
    </div>
  );
}

function ExternalForm({ team }: { team: Team }) {
  const editor = useEditor();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ nama: '', instansi: '', jabatan: '', nip: '' });
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });
  const add = () => {
    const ok = editor.run(addTeamMember, { teamId: team.id, member: { role: 'anggota', positionId: null, personId: null, external: { ...form } } });
    if (ok) setForm({ nama: '', instansi: '', jabatan: '', nip: '' });
  };
  if (!open) {
    return (
      <button className="small-btn" onClick={() => setOpen(true)} data-testid="external-open">
        + Orang dari instansi lain
      </button>
    );
  }
  return (
    <div className="external-form" data-testid="external-form">
      <div className="external-head">Orang dari instansi lain</div>
      <label>
        Nama
        <input value={form.nama} onChange={set('nama')} data-testid="external-nama" />
      </label>
      <label>
        Instansi
        <input value={form.instansi} onChange={set('instansi')} placeholder="mis. BPS Kabupaten Banjar" data-testid="external-instansi" />
      </label>
      <div className="row2">
        <label>
          Jabatan
          <input value={form.jabatan} onChange={set('jabatan')} data-testid="external-jabatan" />
        </label>
        <label>
          NIP
          <input value={form.nip} inputMode="numeric" onChange={set('nip')} />
        </label>
      </div>
      <div className="props-actions">
        <button className="primary" onClick={add} disabled={!form.nama.trim() || !form.instansi.trim()} data-testid="external-add">
          Tambahkan sebagai Anggota
        </button>
        <button onClick={() => setOpen(false)}>Tutup</button>
      </div>
    </div>
  );
}

// ── Scope and instrument ────────────────────────────────────────────────────────────────────────────────────

function ScopeAndInstrument({
  doc,
  team,
  scope,
  required,
  change,
}: {
  doc: Workspace;
  team: Team;
  scope: ReturnType<typeof teamScope>;
  required: RequiredInstrument | null;
  change: (c: TeamChanges, mergeField?: string) => void;
}) {
  const inst = team.instrument ?? EMPTY_INSTRUMENT;
  const setInst = (changes: Partial<TeamInstrument>, mergeField?: string) => change({ instrument: { ...inst, ...changes } }, mergeField);
  const status = required ? instrumentStatus(required, team.instrument) : null;
  const declared = inst.jenis.trim() || inst.penandatangan.trim() ? describeDeclared(inst.jenis.trim(), inst.penandatangan.trim()) : null;

  const applyRequired = () => {
    if (!required) return;
    const keepJenis = isInstrumentJenis(inst.jenis) && (required.jenis.length === 0 || required.jenis.includes(inst.jenis));
    // where any kind will do, a Surat Tugas is the plainest form of "penetapan"
    const jenis = keepJenis ? inst.jenis : (required.jenis[0] ?? 'surat-tugas');
    const penandatangan = isPenandatangan(inst.penandatangan) && required.penandatangan.includes(inst.penandatangan)
      ? inst.penandatangan
      : required.penandatangan.includes('pimpinan-unit-organisasi') && team.pimpinanUnitId !== null
        ? 'pimpinan-unit-organisasi'
        : required.penandatangan[0];
    setInst({ jenis, penandatangan });
  };

  const rek = team.rekomendasiTimVerifikasi;
  // the need is the profile's, whatever the scope (Perwali Palembang Pasal 10(3)): shown before the scope is known too
  const showRek = requiredInstrument(doc.profileId, 'dalam-pd').needsRekomendasiTimVerifikasi || rek !== null;

  return (
    <fieldset className="team-fieldset team-scope" data-testid="team-scope">
      <legend>Lingkup dan instrumen penetapan</legend>
      <div className="scope-line">
        Lingkup tim: <ScopeBadge scope={scope} long />
      </div>
      {required ? (
        <div className="req-box">
          <div className="req-caption">Disyaratkan ({PROFILE_LABELS[doc.profileId]})</div>
          <strong data-testid="required-instrument">{required.label}</strong>
          <div className="muted small">
            {required.basis}
            {required.needsRekomendasiTimVerifikasi ? '; ditetapkan setelah rekomendasi Tim Verifikasi' : ''}
          </div>
        </div>
      ) : (
        <p className="muted small">Pilih unit pemilik kinerja agar lingkup tim dan instrumen yang disyaratkan dapat ditentukan.</p>
      )}
      <div className="declared-line">
        <span className="req-caption">Dicatat:</span> <span data-testid="declared-instrument">{declared ?? 'belum dicatat'}</span>
        {status && (
          <span className={`inst-status st-${status}`} data-testid="instrument-status" data-status={status}>
            {STATUS_LABEL[status]}
          </span>
        )}
      </div>
      {required && status !== 'sesuai' && (
        <button className="small-btn" onClick={applyRequired} data-testid="instrument-apply-required">
          Catat sesuai yang disyaratkan
        </button>
      )}
      <div className="row2">
        <label>
          Jenis instrumen
          <select value={inst.jenis} onChange={(e) => setInst({ jenis: e.target.value })} data-testid="instrument-jenis">
            <option value="">—</option>
            {!isInstrumentJenis(inst.jenis) && inst.jenis !== '' && <option value={inst.jenis}>{inst.jenis} (tidak dikenali)</option>}
            {INSTRUMENT_JENIS.map((j) => (
              <option key={j} value={j}>
                {INSTRUMENT_JENIS_LABELS[j]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tanggal
          <input type="date" value={inst.tanggal ?? ''} onChange={(e) => setInst({ tanggal: e.target.value || null })} data-testid="instrument-tanggal" />
        </label>
      </div>
      <label>
        Nomor
        <input value={inst.nomor} placeholder="mis. 800/12/2026" onChange={(e) => setInst({ nomor: e.target.value }, 'inst-nomor')} data-testid="instrument-nomor" />
      </label>
      <label>
        Penandatangan
        <select value={inst.penandatangan} onChange={(e) => setInst({ penandatangan: e.target.value })} data-testid="instrument-penandatangan">
          <option value="">—</option>
          {!isPenandatangan(inst.penandatangan) && inst.penandatangan !== '' && (
            <option value={inst.penandatangan}>{inst.penandatangan} (tidak dikenali)</option>
          )}
          {PENANDATANGAN.map((p) => (
            <option key={p} value={p}>
              {PENANDATANGAN_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      {showRek && (
        <div className="rek-box" data-testid="team-rekomendasi">
          <div className="req-caption">
            Rekomendasi Tim Verifikasi
            {!rek?.nomor.trim() && (
              <span className="inst-status st-belum-dicatat" data-testid="rekomendasi-status">
                Belum dicatat
              </span>
            )}
          </div>
          <div className="row2">
            <label>
              Nomor
              <input
                value={rek?.nomor ?? ''}
                onChange={(e) => change({ rekomendasiTimVerifikasi: { nomor: e.target.value, tanggal: rek?.tanggal ?? null } }, 'rek-nomor')}
                data-testid="rekomendasi-nomor"
              />
            </label>
            <label>
              Tanggal
              <input
                type="date"
                value={rek?.tanggal ?? ''}
                onChange={(e) => change({ rekomendasiTimVerifikasi: { nomor: rek?.nomor ?? '', tanggal: e.target.value || null } })}
              />
            </label>
          </div>
        </div>
      )}
    </fieldset>
  );
}

// ── Documents ───────────────────────────────────────────────────────────────────────────────────────────────

function Documents({ team, required }: { team: Team; required: RequiredInstrument | null }) {
  const editor = useEditor();
  return (
    <fieldset className="team-fieldset">
      <legend>Dokumen</legend>
      <div className="props-actions">
        <button onClick={() => editor.openDialog({ type: 'teamDocument', teamId: team.id, document: 'susunan' })} data-testid="team-doc-susunan">
          Daftar Susunan Keanggotaan Tim
        </button>
        <button onClick={() => editor.openDialog({ type: 'teamDocument', teamId: team.id, document: 'instrument' })} data-testid="team-doc-instrument">
          Draf {required ? required.label : 'instrumen penetapan'}
        </button>
      </div>
      <p className="muted small">Pratinjau dapat dicetak atau disimpan sebagai PDF melalui dialog cetak browser.</p>
    </fieldset>
  );
}
