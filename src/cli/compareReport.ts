// The text report of `npm run -s compare`: every piece of document text passes through escapeControl.
import { fieldLabel } from '../model';
import type { ComparisonJson } from '../commands/compareDocuments';
import { escapeControl } from './escape';

export function comparisonText(j: ComparisonJson): string {
  const e = escapeControl;
  const lines: string[] = [];
  lines.push(`Perbandingan «${e(j.lama.title)}» → «${e(j.baru.title)}»`);
  lines.push(
    `${j.added.length} ditambah, ${j.removed.length} dihapus, ${j.changed.length} diubah, ${j.moved.length} dipindah; ` +
      `temuan: ${j.findings.introduced.length} baru, ${j.findings.resolved.length} selesai`,
  );
  if (j.matriks.length) {
    lines.push('', 'Matriks perubahan (Jabatan lama | Jabatan baru | Unit | Atasan lama → baru | Keterangan):');
    for (const r of j.matriks) {
      lines.push(`- ${e(r.jabatanLama)} | ${e(r.jabatanBaru)} | ${e(r.unit)} | ${e(r.atasanLama)} → ${e(r.atasanBaru)} | ${e(r.keterangan)}`);
    }
  }
  const others = [...j.added, ...j.removed].filter((x) => x.type !== 'jabatan');
  if (others.length || j.changed.some((c) => c.type !== 'jabatan')) {
    lines.push('', 'Unit, Tim Kerja dan peta:');
    for (const x of j.added) if (x.type !== 'jabatan') lines.push(`+ ${x.type} ${e(String(x.fields.nama ?? x.fields.title ?? x.id))}`);
    for (const x of j.removed) if (x.type !== 'jabatan') lines.push(`- ${x.type} ${e(String(x.fields.nama ?? x.fields.title ?? x.id))}`);
    for (const c of j.changed) {
      if (c.type !== 'jabatan') lines.push(`~ ${c.type} ${e(c.id)}: ${Object.keys(c.fields).map((f) => e(fieldLabel(f))).join(', ')}`);
    }
  }
  if (j.unmatched.length) {
    lines.push('', 'Tidak dapat dipasangkan:');
    for (const u of j.unmatched) lines.push(`? ${u.side === 'lama' ? 'lama' : 'baru'} ${u.type} «${e(u.nama)}»: ${e(u.reason)}`);
  }
  if (j.findings.introduced.length || j.findings.resolved.length) {
    lines.push('', 'Temuan:');
    for (const f of j.findings.introduced) lines.push(`+ [${f.ruleId}] ${e(f.message)}`);
    for (const f of j.findings.resolved) lines.push(`✓ [${f.ruleId}] ${e(f.message)}`);
  }
  return lines.join('\n') + '\n';
}
