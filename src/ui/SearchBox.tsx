import { useMemo, useRef, useState } from 'react';
import { POSITION_KIND_LABELS } from '../model';
import { useStore } from '../editor/createStore';
import { useEditor, useFieldFocus } from '../editor/context';

const MAX_RESULTS = 12;

/** Find a position by name, kode or holder name; Enter or a click centres it. */
export function SearchBox() {
  const editor = useEditor();
  const positions = useStore(editor, (s) => s.doc?.positions);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useFieldFocus('search', input);
  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q || !positions) return [];
    const out = [];
    for (const p of Object.values(positions)) {
      if (
        p.nama.toLowerCase().includes(q) ||
        p.kode.toLowerCase() === q ||
        p.kode.toLowerCase().startsWith(q) ||
        p.pemangku.some((x) => x.nama.toLowerCase().includes(q))
      ) {
        out.push(p);
        if (out.length >= MAX_RESULTS) break;
      }
    }
    return out;
  }, [query, positions]);

  const choose = (id: string) => {
    editor.revealAncestors(id);
    editor.focusOn(id);
    setQuery('');
    // hand the keyboard back to the canvas so Delete, Ctrl+C … act on the found position
    (document.activeElement as HTMLElement | null)?.blur();
  };

  return (
    <div className="search">
      <input
        id="search-input"
        ref={input}
        type="search"
        placeholder="Cari nama atau kode jabatan (Ctrl+F)"
        aria-label="Cari jabatan"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && results[active]) choose(results[active].id);
          else if (e.key === 'Escape') setQuery('');
        }}
      />
      {results.length > 0 && (
        <ul className="search-results" role="listbox">
          {results.map((p, i) => (
            <li key={p.id} role="option" aria-selected={i === active}>
              <button onMouseDown={(e) => e.preventDefault()} onClick={() => choose(p.id)}>
                <span className="sr-kode">{p.kode}</span> {p.nama}{' '}
                <small>{POSITION_KIND_LABELS[p.kind]}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
