// "Dari templat": a lintas fungsi map from one of the Perbup Banjar 39/2024 templates, its lanes bound to the open
// structure where a position matches (src/templates).
import { useState } from 'react';
import { createMap } from '../../commands';
import { applyTemplate, TEMPLATES } from '../../templates';
import { useEditor } from '../../editor/context';

export function TemplateMenu() {
  const editor = useEditor();
  const [open, setOpen] = useState(false);
  const apply = (templateId: string) => {
    const doc = editor.get().doc;
    if (!doc) return;
    setOpen(false);
    try {
      const applied = applyTemplate(doc, templateId);
      if (!editor.run(createMap, { map: applied.map })) return;
      editor.openMap(applied.map.id);
      const bound = applied.lanes.filter((l) => l.binding !== null).length;
      editor.showToast({ kind: 'info', text: `Templat diterapkan: ${bound} dari ${applied.lanes.length} lajur terikat ke struktur.` });
    } catch (e) {
      editor.showToast({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="peta-template">
      <button onClick={() => setOpen(!open)} aria-expanded={open} data-testid="peta-template">
        Dari templat {open ? '▴' : '▾'}
      </button>
      {open && (
        <ul className="peta-template-list" role="menu">
          {TEMPLATES.map((t) => (
            <li key={t.id}>
              <button role="menuitem" onClick={() => apply(t.id)} title={t.sumber}>
                {t.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
