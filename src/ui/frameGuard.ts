// Clickjacking defence that holds even where the host sends no `frame-ancestors` header (a meta-tag CSP cannot carry
// it): inside a frame of another origin the app does not start at all — no editor, no storage opened, nothing to
// click on — and shows only a link that opens it in its own window. A frame of its own origin (the guide's pages,
// a test harness on the same server) is allowed.

/** True when some ancestor frame belongs to another origin (or cannot be read, which means the same). */
export function framedByOtherOrigin(win: Window = window): boolean {
  if (win.top === win.self) return false;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    return Array.from(ancestors).some((origin) => origin !== win.location.origin);
  }
  try {
    // reading another origin's location throws
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

/** Replaces the page with the refusal. Built with DOM calls, not markup, so nothing of the URL is parsed as HTML. */
export function showFrameRefusal(root: HTMLElement, url: string): void {
  root.replaceChildren();
  const box = document.createElement('div');
  box.className = 'frame-refused';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'frame-refused';
  const title = document.createElement('strong');
  title.textContent = 'PetaKerja tidak dijalankan di dalam bingkai situs lain.';
  const why = document.createElement('p');
  why.textContent = 'Demi keamanan data Anda, buka PetaKerja langsung di jendelanya sendiri.';
  const link = document.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = 'Buka PetaKerja di jendela baru';
  box.append(title, why, link);
  root.append(box);
}
