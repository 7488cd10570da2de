import { describe, expect, it } from 'vitest';
import { CommandError, execute } from '../../../src/commands';
import { setLabelKelompokManajemen } from '../../../src/commands/setLabelKelompokManajemen';
import { emptyWorkspace } from '../../../src/model';

describe('setLabelKelompokManajemen', () => {
  it('renames the manajemen band for the whole document, as one undoable change', () => {
    const doc = emptyWorkspace();
    const out = execute(doc, setLabelKelompokManajemen, { label: 'Kepemimpinan' });
    expect(out.doc.settings.labelKelompokManajemen).toBe('Kepemimpinan');
    expect(out.patches.length).toBeGreaterThan(0);
    expect(doc.settings.labelKelompokManajemen).toBe('Manajemen');
  });

  it('the same label changes nothing; a non-text label is refused', () => {
    const doc = emptyWorkspace();
    expect(execute(doc, setLabelKelompokManajemen, { label: 'Manajemen' }).patches).toHaveLength(0);
    expect(() => execute(doc, setLabelKelompokManajemen, { label: 3 as unknown as string })).toThrow(CommandError);
  });
});
