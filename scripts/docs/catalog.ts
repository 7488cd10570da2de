// docs/aturan.md from the rules themselves: src/rules/catalog.ts (the metadata the in-app rule page shows) and the
// rules' example documents (test/fixtures/rules/examples.ts), each linted with the real engine so the findings shown
// are the ones the editor reports. `npm run docs` writes it; test/unit/docs/catalog.test.ts fails when it is stale.
import { JENJANG_LABELS, POSITION_KIND_LABELS, PROFILE_LABELS, TIPE_PD_LABELS, type Position, type ProcessMap, type Workspace } from '../../src/model';
import { lint, RULE_FAMILIES, RULES, ruleCatalog, SEVERITY_TEXT, type CatalogEntry } from '../../src/rules';
import { quoteCitation } from '../../src/rules/quote';
import { REGULATIONS } from '../../src/rules/regulations';
import { LINTAS_RULES } from '../../src/rules/lintas';
import { RULE_EXAMPLES, type RuleExample } from '../../test/fixtures/rules/examples';
import { readFileSync } from 'node:fs';

const texts = new Map<string, string>();
const regulationText = (file: string) => {
  if (!texts.has(file)) texts.set(file, readFileSync(file, 'utf8'));
  return texts.get(file)!;
};

/** Each profile's own words for the rule, quoted from its regulation text as the in-app rule page does. */
function profileQuotes(e: CatalogEntry): string[] {
  const out: string[] = ['**Bunyi per profil** (dikutip dari naskah di docs/regulations):', ''];
  for (const p of e.profiles) {
    const reg = REGULATIONS[p.profileId];
    const clause = p.citation.slice(reg.short.length + 2);
    if (!reg.seedFile) {
      out.push(`- *${p.citation}* — naskah ${reg.short} tidak termuat; lihat bunyi ketentuan di atas.`);
      continue;
    }
    const q = quoteCitation(regulationText(reg.seedFile), clause);
    if (q.quotes.length === 0) {
      out.push(
        q.lampiran
          ? `- *${p.citation}* — ketentuan ini ada di Lampiran; uraian lampiran tidak dikutip.`
          : `- *${p.citation}* — bunyinya tidak ditemukan dalam salinan naskah; lihat naskah aslinya.`,
      );
      continue;
    }
    out.push(`- *${p.citation}*:`);
    for (const x of q.quotes) out.push(`  > **${x.ref}:** “${x.text.replace(/\s+/g, ' ')}”`);
    if (q.lampiran) out.push('  (sebagian ketentuan ada di Lampiran, yang tidak dikutip.)');
  }
  out.push('');
  return out;
}

const kindOf = (p: Position) =>
  p.kind === 'fungsional' && p.jenjang ? `JF ${JENJANG_LABELS[p.jenjang]}` : POSITION_KIND_LABELS[p.kind];

/** The example document as a short outline: units with their positions by superior, teams, maps. */
export function outline(doc: Workspace): string[] {
  const lines: string[] = [];
  const units = Object.values(doc.units);
  const positions = Object.values(doc.positions);
  const unitName = (id: string | null) => (id && doc.units[id]?.nama) || (id ? `«${id}» (tidak ada)` : '—');
  const below = new Map<string, Position[]>();
  for (const p of positions) {
    if (p.superiorId && doc.positions[p.superiorId] && p.superiorId !== p.id) {
      below.set(p.superiorId, [...(below.get(p.superiorId) ?? []), p]);
    }
  }
  const shown = new Set<string>();
  const line = (p: Position, depth: number) => {
    if (shown.has(p.id)) return;
    shown.add(p.id);
    const extra: string[] = [unitName(p.unitId)];
    if (p.memimpinUnitMandiri) extra.push('memimpin unit kerja mandiri');
    const h = p.pemangku[0];
    if (h && (h.pendidikan || h.golongan)) {
      if (h.pendidikan === 'SMA/SMK' || (h.golongan && h.golongan < 'III')) extra.push(`pemangku ${h.pendidikan}, ${h.golongan}`);
    }
    if (p.superiorId && !doc.positions[p.superiorId]) extra.push(`atasan «${p.superiorId}» tidak ada`);
    if (p.superiorId === p.id) extra.push('atasan dirinya sendiri');
    lines.push(`${'  '.repeat(depth)}- ${p.nama} — ${kindOf(p)}, ${extra.join(', ')}`);
    for (const c of (below.get(p.id) ?? []).sort((a, b) => a.nama.localeCompare(b.nama, 'id'))) line(c, depth + 1);
  };
  const tops = positions.filter((p) => !p.superiorId || !doc.positions[p.superiorId] || p.superiorId === p.id);
  const pds = units.filter((u) => u.isPerangkatDaerah || !u.parentId);
  if (pds.length) {
    lines.push(`- Unit: ${pds.map((u) => `${u.nama}${u.tipePd ? ` (${TIPE_PD_LABELS[u.tipePd]})` : ''}`).join('; ')}`);
    const marked = units.filter((u) => u.pengecualian);
    if (marked.length) lines.push(`- Ditandai pengecualian (lebih dari dua level): ${marked.map((u) => u.nama).join(', ')}`);
  }
  if (positions.length) lines.push('- Jabatan (menurut atasan langsung):');
  const indent = (from: number) => {
    const start = lines.length;
    return () => {
      for (let i = start; i < lines.length; i++) lines[i] = `  ${lines[i]}`;
      void from;
    };
  };
  const fix = indent(0);
  for (const p of tops.sort((a, b) => a.nama.localeCompare(b.nama, 'id'))) line(p, 0);
  // positions only reachable through a cycle
  for (const p of positions) if (!shown.has(p.id)) line(p, 0);
  fix();
  const posName = (id: string | null) => (id && doc.positions[id]?.nama) || (id ? `«${id}» (tidak ada)` : '—');
  for (const t of Object.values(doc.teams)) {
    const members = t.members.map((m) => {
      const who = m.positionId ? posName(m.positionId) : m.external ? `${m.external.nama} (${m.external.instansi})` : '—';
      const role = { ketua: 'Ketua', koordinator: 'Koordinator', anggota: 'Anggota' }[m.role];
      return `${role}: ${who}${m.cara === 'pengajuan-sukarela' ? ' (pengajuan sukarela)' : ''}`;
    });
    const inst = t.instrument ? `; ditetapkan dengan ${t.instrument.jenis} oleh ${t.instrument.penandatangan}` : '';
    lines.push(`- Tim «${t.nama}» milik ${unitName(t.ownerUnitId)}, ${t.mulai ?? '?'} s.d. ${t.selesai ?? '?'}${inst}: ${members.join('; ') || 'tanpa anggota'}`);
  }
  for (const m of Object.values(doc.maps)) lines.push(`- ${mapLine(doc, m)}`);
  return lines;
}

function mapLine(doc: Workspace, m: ProcessMap): string {
  const unit = (id: string | null) => (id && doc.units[id]?.nama) || (id ? `«${id}» (tidak ada)` : 'tanpa pengampu');
  const status = m.meta.status === 'ditetapkan' ? ', berstatus ditetapkan' : '';
  const parent = m.parent ? `, turunan dari proses «${m.parent.processId}» peta «${m.parent.mapId}»` : '';
  switch (m.kind) {
    case 'level':
      return (
        `Peta level ${m.level} «${m.title}»${parent}${status}: ` +
        m.processes
          .map((p) => {
            const sipoc = p.sipoc;
            const parts = [`${p.kode || '(tanpa kode)'} ${p.nama}`, p.kategori ?? 'tanpa kategori', unit(p.pengampuUnitId)];
            if (sipoc.output.length) parts.push(`output: ${sipoc.output.join(', ')}`);
            if (sipoc.customer.length)
              parts.push(`pelanggan: ${sipoc.customer.map((c) => (c.kind === 'unit' ? unit(c.id) : c.nama)).join(', ')}`);
            else if (sipoc.output.length) parts.push('tanpa pelanggan');
            return parts.join(', ');
          })
          .join('; ')
      );
    case 'subproses':
      return `Peta subproses «${m.title}»${status}: ${m.steps
        .map((s) => `langkah «${s.nama}», output ${s.output ? `«${s.output}»` : 'kosong'}, pengampu ${s.pengampuId ? (doc.positions[s.pengampuId]?.nama ?? `«${s.pengampuId}» (tidak ada)`) : '—'}`)
        .join('; ')}`;
    case 'relasi': {
      const box = (id: string) => {
        const b = m.boxes.find((x) => x.id === id);
        if (!b) return `«${id}» (tidak ada)`;
        return b.ref.kind === 'unit' ? unit(b.ref.id) : b.ref.kind === 'luar' ? b.ref.nama : `proses ${b.ref.processId}`;
      };
      return `Peta relasi «${m.title}»: kotak ${m.boxes.map((b) => box(b.id)).join(', ')}; panah ${
        m.arrows.map((a) => `${box(a.source)} → ${box(a.target)} ${a.label ? `«${a.label}»` : '(tanpa label)'}`).join('; ') || 'tidak ada'
      }`;
    }
    case 'lintas-fungsi': {
      const label = (id: string) => m.nodes.find((n) => n.id === id)?.label ?? `«${id}» (tidak ada)`;
      const lane = (id: string | null) => m.lanes.find((l) => l.id === id)?.label ?? 'di luar lajur';
      const lanes = m.lanes.map((l) => {
        const b = l.binding;
        const to =
          !b ? 'belum terikat' : b.kind === 'position' ? `jabatan ${doc.positions[b.id] ? `${doc.positions[b.id].nama} (${kindOf(doc.positions[b.id])})` : `«${b.id}» (tidak ada)`}` : b.kind === 'unit' ? `unit ${unit(b.id)}` : b.kind === 'team' ? `tim ${b.id}` : 'pihak luar';
        return `«${l.label}» (${to})`;
      });
      const nodes = m.nodes.map((n) => `${n.type === 'terminator' ? n.label : n.type === 'connector' ? `penghubung «${n.label}»` : `«${n.label}»`} [${lane(n.laneId)}]`);
      const arrows = m.arrows.map((a) => `${label(a.source)} → ${label(a.target)}${a.label ? ` (${a.label})` : ''}`);
      return `Peta lintas fungsi «${m.title}»${status}: lajur ${lanes.join(', ') || 'tidak ada'}; simbol ${nodes.join(', ') || 'tidak ada'}; panah ${arrows.join('; ') || 'tidak ada'}`;
    }
  }
}

function findingsOf(ruleId: string, ex: RuleExample, doc: Workspace): string[] {
  return lint({ ...doc, profileId: ex.profile })
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `- **${SEVERITY_TEXT[f.severity]}**: ${f.message} — *${f.citation}*`);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function section(e: CatalogEntry): string[] {
  const ex = RULE_EXAMPLES[e.id];
  const out = [`### <a id="${e.anchor}"></a>${e.id} — ${e.title}`, '', e.description, ''];
  out.push('**Bunyi ketentuan**', '', `> ${e.clause}`, '');
  out.push('| profil | tingkat | sumber (pasal/lampiran) |', '|---|---|---|');
  for (const p of e.profiles) out.push(`| ${cell(p.label)} | ${p.severityText} | ${cell(p.citation)} |`);
  out.push('');
  out.push(...profileQuotes(e));
  if (ex) {
    out.push(`**Contoh yang sesuai** — ${e.legalExample} (diperiksa dengan profil ${PROFILE_LABELS[ex.profile]}):`, '');
    out.push(...outline(ex.legal()), '');
    const legal = findingsOf(e.id, ex, ex.legal());
    out.push(legal.length ? `Temuan ${e.id}:` : `Temuan ${e.id}: tidak ada.`, ...legal, '');
    out.push(`**Contoh yang melanggar** — ${e.illegalExample} (profil ${PROFILE_LABELS[ex.profile]}):`, '');
    out.push(...outline(ex.illegal()), '');
    out.push(`Temuan ${e.id}:`, '', ...findingsOf(e.id, ex, ex.illegal()), '');
  } else {
    out.push(`**Contoh yang sesuai**: ${e.legalExample}`, '', `**Contoh yang melanggar**: ${e.illegalExample}`, '');
  }
  return out;
}


export function renderCatalog(): string {
  const entries = ruleCatalog(RULES);
  const out = [
    '<!-- Ditulis oleh `npm run docs` dari metadata aturan (src/rules/) dan contoh uji aturan (test/fixtures/rules/examples.ts). Jangan disunting langsung. -->',
    '',
    '# Katalog aturan PetaKerja',
    '',
    'Setiap aturan yang diperiksa editor, dengan tingkat dan sumbernya pada tiap profil (peraturan daerah yang dipilih dokumen),',
    'bunyi ketentuan yang dikodekannya, serta satu contoh yang sesuai dan satu yang melanggar. Contoh-contoh itu adalah kasus uji',
    'aturan itu sendiri; temuan di bawahnya adalah keluaran mesin aturan yang sama dengan editor. Teks peraturan:',
    '[docs/regulations/](regulations/README.md). Halaman aturan di dalam aplikasi (klik kode aturan pada temuan) membaca data yang sama.',
    '',
    'Tingkat: **Galat** harus diperbaiki, **Peringatan** perlu diperiksa, **Info** sebagai catatan, **Tidak diperiksa** aturan tidak',
    'berlaku pada profil itu. Tingkat dapat diubah per dokumen (panel Temuan → pengaturan aturan).',
    '',
  ];
  for (const f of RULE_FAMILIES) {
    const list = entries.filter((e) => e.family.prefix === f.prefix);
    if (!list.length) continue;
    out.push(`- **${f.title}**: ${list.map((e) => `[${e.id}](#${e.anchor})`).join(', ')}`);
  }
  out.push('');
  for (const f of RULE_FAMILIES) {
    const list = entries.filter((e) => e.family.prefix === f.prefix);
    if (!list.length) continue;
    out.push(`## ${f.title}`, '');
    for (const e of list) out.push(...section(e));
  }
  // the checks across the documents of the Ruang kerja: they read every PD's document, so they are not per-document rules
  out.push('## Pemeriksaan lintas dokumen (Ruang kerja)', '', 'Dijalankan oleh Ruang kerja atas semua dokumen di browser ini (satu dokumen per Perangkat Daerah); tingkatnya sama pada setiap profil.', '');
  for (const r of LINTAS_RULES) {
    out.push(`### <a id="${r.id.toLowerCase()}"></a>${r.id} — ${r.title}`, '', `**Tingkat**: ${SEVERITY_TEXT[r.severity]} · **Sumber**: ${r.citation}`, '', `> ${r.clause}`, '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
