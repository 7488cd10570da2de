// PETA-05: every process on a level map states its SIPOC — supplier, input, output, customer. A supplier or
// customer that names a unit no longer in the structure does not count as stated.
import { type PartyRef, type Workspace } from '../../model';
import { defineMapRule } from '../types';
import { everywhere, isBlank, mapCitation, mapName, processName } from './common';

function statedParties(doc: Workspace, parties: PartyRef[]): { stated: number; gone: number } {
  let stated = 0;
  let gone = 0;
  for (const p of parties) {
    if (p.kind === 'unit') {
      if (doc.units[p.id]) stated++;
      else gone++;
    } else if (!isBlank(p.nama)) stated++;
  }
  return { stated, gone };
}

export const peta05 = defineMapRule({
  id: 'PETA-05',
  scope: 'map',
  crossMap: false,
  title: 'SIPOC proses belum lengkap',
  description: 'Setiap proses menyatakan pemasok (supplier), masukan (input), keluaran (output) dan pelanggan (customer).',
  defaultSeverity: everywhere('warning'),
  citation: mapCitation('level'),
  docs: {
    clause:
      'Perbup Banjar 39/2024 Pasal 21 ayat (1): "Penyusunan Proses Bisnis merupakan acuan bagi Pemerintah Daerah ' +
      'untuk menggambarkan hubungan kerja yang efektif dan efisien antar Unit Organisasi." Hubungan kerja itu ' +
      'terbaca dari pemasok, masukan, keluaran dan pelanggan setiap proses.',
    legalExample: 'Proses «Penyusunan RKA»: pemasok Bappeda, masukan pagu indikatif, keluaran dokumen RKA, pelanggan BPKAD.',
    illegalExample: 'Proses «Penyusunan RKA» tanpa pelanggan, atau dengan pemasok unit yang sudah dihapus.',
  },
  checkMap(ctx, map, report) {
    if (map.kind !== 'level') return;
    for (const p of map.processes) {
      const missing: string[] = [];
      const supplier = statedParties(ctx.doc, p.sipoc.supplier);
      const customer = statedParties(ctx.doc, p.sipoc.customer);
      if (supplier.stated === 0) missing.push('pemasok (supplier)');
      if (!p.sipoc.input.some((s) => !isBlank(s))) missing.push('masukan (input)');
      if (!p.sipoc.output.some((s) => !isBlank(s))) missing.push('keluaran (output)');
      if (customer.stated === 0) missing.push('pelanggan (customer)');
      const gone = supplier.gone + customer.gone;
      if (missing.length === 0 && gone === 0) continue;
      const parts: string[] = [];
      if (missing.length) parts.push(`belum menyatakan ${missing.join(', ')}`);
      if (gone) parts.push(`menyebut ${gone} unit pemasok/pelanggan yang tidak ada lagi dalam struktur`);
      report({
        subjects: [p.id, map.id],
        message: `Proses ${processName(p)} pada peta ${mapName(map)} ${parts.join(' dan ')}.`,
      });
    }
  },
});
