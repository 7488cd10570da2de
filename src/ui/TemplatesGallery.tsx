// "Galeri templat": the kedudukan patterns and penugasan structures rebuilt from Perwali Banjarmasin 147/2023 and
// Perwali Serang 23/2023 (src/templates/kedudukan), and the lintas fungsi maps of Perbup Banjar 39/2024
// (src/templates). Each opens as a new document or goes into the open one as one undo step.
import { useMemo, useState } from 'react';
import { createMap } from '../commands';
import { insertTemplate } from '../commands/insertTemplate';
import { blockRects, boundsOfRects } from '../layout/placeNewBox';
import { BOX_HEIGHT, BOX_WIDTH, STACK_ITEM_GAP, STACK_ITEM_HEIGHT, STACK_ITEM_WIDTH, STACK_OFFSET_X, isStacked } from '../layout/geometry';
import { PROFILE_LABELS, type PositionKind, type Workspace } from '../model';
import { applyTemplate, TEMPLATES, type LintasFungsiTemplate } from '../templates';
import {
  buildMapTemplateWorkspace,
  buildTemplateWorkspace,
  citationText,
  templateInsertArgs,
  KEDUDUKAN_TEMPLATES,
  PENUGASAN_TEMPLATES,
  type StructureTemplate,
} from '../templates/kedudukan';
import { useStore } from '../editor/createStore';
import { Modal } from './kit/Modal';
import { openRestored } from '../editor/documentActions';
import './templatesGallery.css';
import type { Editor } from '../editor/types';
import { useEditor } from '../editor/context';

type Group = 'kedudukan' | 'penugasan' | 'lintas-fungsi';

const GROUPS: { id: Group; label: string; intro: string }[] = [
  {
    id: 'kedudukan',
    label: 'Pola kedudukan',
    intro:
      'Pola kedudukan Pejabat Fungsional dan Pelaksana menurut Perwali Banjarmasin 147/2023 Lampiran I dan Perwali ' +
      'Serang 23/2023 Pasal 6. Gambar lampiran hilang dari teks peraturan; setiap pola disusun dari kalimatnya.',
  },
  {
    id: 'penugasan',
    label: 'Struktur penugasan',
    intro:
      'Struktur penugasan 1–6 Perwali Banjarmasin 147/2023 Lampiran II huruf a, masing-masing dengan satu Tim Kerja ' +
      'yang mencatat Pejabat Penilai Kinerja dan Pimpinan Unit Organisasinya.',
  },
  {
    id: 'lintas-fungsi',
    label: 'Peta lintas fungsi',
    intro:
      'Mekanisme penugasan dan tahapan mekanisme kerja Perbup Banjar 39/2024 sebagai peta lintas fungsi. "Sisipkan ' +
      'di sini" menambah peta ke dokumen terbuka dan mengikat lajurnya ke jabatan yang cocok.',
  },
];

// ── Actions ─────────────────────────────────────────────────────────────────────────────────────────────────

function openStructureAsDocument(editor: Editor, template: StructureTemplate): void {
  const doc = buildTemplateWorkspace(template);
  openRestored(editor, doc, [], `Templat «${template.title}» dibuka sebagai dokumen baru.`);
  // A penugasan structure is about its Tim Kerja: show the team (its members highlighted on the structure). The
  // open may wait for the user (unsaved work in another tab); switch only if it is open now.
  const [teamId] = Object.keys(doc.teams);
  if (teamId && editor.get().doc?.teams[teamId]) editor.set({ view: 'tim', activeTeamId: teamId });
}

function insertStructure(editor: Editor, template: StructureTemplate): void {
  const { doc, selection } = editor.get();
  if (!doc) return;
  const superiorId = selection.length === 1 ? selection[0] : null;
  if (!editor.run(insertTemplate, templateInsertArgs(template, superiorId))) return;
  const after = editor.get().doc!;
  const rootIds = Object.values(after.positions)
    .filter((p) => !doc.positions[p.id] && p.superiorId === superiorId)
    .map((p) => p.id);
  editor.closeDialog();
  editor.set({ view: 'struktur' });
  if (rootIds.length) editor.focusOn(rootIds[0]);
  else editor.select([]);
  // the undo entry's label names the template and where it went
  editor.showToast({ kind: 'info', text: `${editor.get().history.past.at(-1)?.label}. Batalkan (Ctrl+Z) menghapusnya sekaligus.` });
}

function openMapAsDocument(editor: Editor, template: LintasFungsiTemplate): void {
  const { doc, mapId } = buildMapTemplateWorkspace(template);
  openRestored(editor, doc, [], `Templat «${template.title}» dibuka sebagai dokumen baru; ikat lajurnya ke struktur.`);
  // The open may wait for the user (unsaved work in another tab); show the map only if it is open now.
  if (editor.get().doc?.maps[mapId]) editor.openMap(mapId);
}

function insertMap(editor: Editor, template: LintasFungsiTemplate): void {
  const doc = editor.get().doc;
  if (!doc) return;
  try {
    const applied = applyTemplate(doc, template.id);
    if (!editor.run(createMap, { map: applied.map })) return;
    editor.closeDialog();
    editor.openMap(applied.map.id);
    const bound = applied.lanes.filter((l) => l.binding !== null).length;
    editor.showToast({ kind: 'info', text: `Templat diterapkan: ${bound} dari ${applied.lanes.length} lajur terikat ke struktur.` });
  } catch (e) {
    editor.showToast({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
  }
}

// ── Preview ─────────────────────────────────────────────────────────────────────────────────────────────────

const PREVIEW_FILL: Record<PositionKind, string> = {
  'jpt-madya': '#1e3a5f',
  'jpt-pratama': '#1e3a5f',
  administrator: '#2f6fb0',
  pengawas: '#d6e6f5',
  fungsional: '#e3f4ea',
  pelaksana: '#fff4e0',
};
const PREVIEW_STROKE: Record<PositionKind, string> = {
  'jpt-madya': '#0f2a4a',
  'jpt-pratama': '#0f2a4a',
  administrator: '#1e4f85',
  pengawas: '#2f6fb0',
  fungsional: '#2e8b57',
  pelaksana: '#c7821f',
};

/** The laid-out structure in miniature: boxes, their stacks, and the lines between boxes. */
function StructurePreview({ doc }: { doc: Workspace }) {
  const rects = blockRects(doc);
  const b = boundsOfRects(rects.values());
  const pad = 20;
  const positions = Object.values(doc.positions);
  const stacks = new Map<string, PositionKind[]>();
  for (const p of positions) {
    if (!isStacked(p, doc) || p.superiorId === null) continue;
    const list = stacks.get(p.superiorId) ?? [];
    list.push(p.kind);
    stacks.set(p.superiorId, list);
  }
  return (
    <svg
      className="tpl-preview-svg"
      viewBox={`${b.x - pad} ${b.y - pad} ${b.width + 2 * pad} ${b.height + 2 * pad}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
    >
      {positions.map((p) => {
        const r = rects.get(p.id);
        const sup = p.superiorId !== null ? rects.get(p.superiorId) : undefined;
        if (!r || !sup) return null;
        const x1 = sup.x + BOX_WIDTH / 2;
        const y1 = sup.y + BOX_HEIGHT;
        const x2 = r.x + BOX_WIDTH / 2;
        const mid = r.y - 28;
        return <path key={`l-${p.id}`} d={`M${x1},${y1} V${mid} H${x2} V${r.y}`} fill="none" stroke="#8595a5" strokeWidth={6} />;
      })}
      {positions.map((p) => {
        const r = rects.get(p.id);
        if (!r) return null;
        const kinds = stacks.get(p.id) ?? [];
        return (
          <g key={p.id}>
            <rect x={r.x} y={r.y} width={BOX_WIDTH} height={BOX_HEIGHT} rx={8} fill={PREVIEW_FILL[p.kind]} stroke={PREVIEW_STROKE[p.kind]} strokeWidth={5} />
            {kinds.map((k, i) => (
              <rect
                key={i}
                x={r.x + BOX_WIDTH + STACK_OFFSET_X}
                y={r.y + i * (STACK_ITEM_HEIGHT + STACK_ITEM_GAP)}
                width={STACK_ITEM_WIDTH}
                height={STACK_ITEM_HEIGHT}
                rx={k === 'fungsional' ? 22 : 6}
                fill={PREVIEW_FILL[k]}
                stroke={PREVIEW_STROKE[k]}
                strokeWidth={5}
              />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function countsText(doc: Workspace): string {
  const parts = [`${Object.keys(doc.positions).length} jabatan`, `${Object.keys(doc.units).length} unit`];
  const teams = Object.keys(doc.teams).length;
  if (teams) parts.push(`${teams} Tim Kerja`);
  return parts.join(' · ');
}

// ── Cards ───────────────────────────────────────────────────────────────────────────────────────────────────

function StructureCard({ template, canInsert }: { template: StructureTemplate; canInsert: boolean }) {
  const editor = useEditor();
  // Built once per card: the preview and counts come from the same document the buttons open.
  const doc = useMemo(() => buildTemplateWorkspace(template), [template]);
  return (
    <article className="tpl-card" data-testid={`template-${template.id}`}>
      <div className="tpl-preview">
        <StructurePreview doc={doc} />
      </div>
      <div className="tpl-body">
        <h3>{template.title}</h3>
        <ul className="tpl-cites">
          {template.citations.map((c) => (
            <li key={c.point + c.regulation}>
              <strong>{citationText(c)}</strong>: <q>{c.quote}</q>
            </li>
          ))}
        </ul>
        <p className="tpl-expl">{template.explanation}</p>
        <p className="tpl-meta">
          {countsText(doc)} · profil {PROFILE_LABELS[template.profileId]}
        </p>
        <CardActions id={template.id} canInsert={canInsert} onNew={() => openStructureAsDocument(editor, template)} onInsert={() => insertStructure(editor, template)} />
      </div>
    </article>
  );
}

function CardActions({ id, canInsert, onNew, onInsert }: { id: string; canInsert: boolean; onNew: () => void; onInsert: () => void }) {
  return (
    <div className="tpl-actions">
      <button className="primary" onClick={onNew} data-testid={`template-new-${id}`}>
        Gunakan sebagai dokumen baru
      </button>
      <button onClick={onInsert} disabled={!canInsert} title={canInsert ? undefined : 'Buka atau buat dokumen lebih dulu'} data-testid={`template-insert-${id}`}>
        Sisipkan di sini
      </button>
    </div>
  );
}

/** One paragraph for a lintas fungsi template: its lanes, its steps, and what had to be read into the text. */
function mapExplanation(t: LintasFungsiTemplate): string {
  const steps = t.steps.filter((s) => s.type === 'kegiatan' || s.type === 'keputusan').length;
  return (
    `Peta lintas fungsi dengan ${t.lanes.length} lajur (${t.lanes.map((l) => l.label).join('; ')}) dan ${steps} ` +
    `kegiatan/keputusan; setiap simbol mencantumkan butir sumbernya. ${t.catatan.join(' ')}`
  );
}

function MapCard({ template, canInsert }: { template: LintasFungsiTemplate; canInsert: boolean }) {
  const editor = useEditor();
  return (
    <article className="tpl-card" data-testid={`template-${template.id}`}>
      <div className="tpl-preview tpl-lanes" aria-hidden="true">
        {template.lanes.map((l) => (
          <span key={l.key} title={l.label} />
        ))}
      </div>
      <div className="tpl-body">
        <h3>{template.title}</h3>
        <ul className="tpl-cites">
          <li>
            <strong>
              {template.regulation}, {template.sumber}
            </strong>
          </li>
        </ul>
        <p className="tpl-expl">{mapExplanation(template)}</p>
        <p className="tpl-meta">
          {template.lanes.length} lajur · {template.steps.length} simbol · profil {PROFILE_LABELS['banjar-39-2024']}
        </p>
        <CardActions id={template.id} canInsert={canInsert} onNew={() => openMapAsDocument(editor, template)} onInsert={() => insertMap(editor, template)} />
      </div>
    </article>
  );
}

// ── Dialog ──────────────────────────────────────────────────────────────────────────────────────────────────

export function TemplatesGallery() {
  const editor = useEditor();
  const [group, setGroup] = useState<Group>('kedudukan');
  const hasDoc = useStore(editor, (s) => s.doc !== null);
  const selectedName = useStore(editor, (s) => {
    const id = s.selection.length === 1 ? s.selection[0] : null;
    return id !== null ? (s.doc?.positions[id]?.nama ?? null) : null;
  });
  const current = GROUPS.find((g) => g.id === group)!;
  return (
    <Modal title="Galeri templat" onClose={editor.closeDialog} wide>
      <div className="tpl-tabs" role="tablist" aria-label="Kelompok templat">
        {GROUPS.map((g) => (
          <button
            key={g.id}
            role="tab"
            aria-selected={g.id === group}
            className={g.id === group ? 'active' : ''}
            onClick={() => setGroup(g.id)}
            data-testid={`templates-tab-${g.id}`}
          >
            {g.label}
          </button>
        ))}
      </div>
      <p className="muted small">{current.intro}</p>
      {hasDoc && group !== 'lintas-fungsi' && (
        <p className="tpl-target small" data-testid="templates-target">
          {selectedName
            ? `"Sisipkan di sini" menempatkan pola di bawah «${selectedName}».`
            : '"Sisipkan di sini" menambahkan pola sebagai unit teratas baru (pilih satu jabatan untuk menempatkannya di bawah jabatan itu).'}
        </p>
      )}
      <div className="tpl-list" role="tabpanel" aria-label={current.label}>
        {group === 'kedudukan' && KEDUDUKAN_TEMPLATES.map((t) => <StructureCard key={t.id} template={t} canInsert={hasDoc} />)}
        {group === 'penugasan' && PENUGASAN_TEMPLATES.map((t) => <StructureCard key={t.id} template={t} canInsert={hasDoc} />)}
        {group === 'lintas-fungsi' && TEMPLATES.map((t) => <MapCard key={t.id} template={t} canInsert={hasDoc} />)}
      </div>
    </Modal>
  );
}

export default TemplatesGallery;
