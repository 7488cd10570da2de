// A lintas fungsi template (src/templates) alone in a new document, for the gallery's "Gunakan sebagai dokumen
// baru": lanes that name an outside party are bound, the others wait for the user to bind them (LF-05 warns).
import { createMap, execute } from '../../commands';
import { emptyWorkspace, type Workspace } from '../../model';
import { applyTemplate, type LintasFungsiTemplate } from '../index';

export function buildMapTemplateWorkspace(template: LintasFungsiTemplate): { doc: Workspace; mapId: string } {
  const base: Workspace = {
    ...emptyWorkspace(template.title),
    instansi: { nama: 'Pemerintah Kabupaten Contoh', jenis: 'kabupaten' },
    // the templates come from Perbup Banjar 39/2024
    profileId: 'banjar-39-2024',
  };
  const applied = applyTemplate(base, template.id);
  return { doc: execute(base, createMap, { map: applied.map }).doc, mapId: applied.map.id };
}
