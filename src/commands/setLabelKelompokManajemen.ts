// The name the level maps show for the manajemen band (Perwali texts say "Manajemen", "Kepemimpinan", …).
import { CommandError, defineCommand } from './command';

export interface SetLabelKelompokManajemenArgs {
  label: string;
}

export const setLabelKelompokManajemen = defineCommand<SetLabelKelompokManajemenArgs>({
  id: 'settings.labelKelompokManajemen',
  label: ({ label }) => `Ubah nama kelompok manajemen menjadi «${label}»`,
  recipe: (draft, { label }) => {
    if (typeof label !== 'string') throw new CommandError('Nama kelompok harus berupa teks.');
    if (draft.settings.labelKelompokManajemen !== label) draft.settings.labelKelompokManajemen = label;
  },
});
