// The browser side of files: download a text, let the user pick a file, read it. DOM only here.

/** Firefox and old Safari cancel a download whose object URL is revoked at once; FileSaver.js waits 40 s. */
const REVOKE_AFTER_MS = 40_000;

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  // Firefox only follows a click on a link that is in the document.
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** A download's file name from a title: lower case, ASCII, dashes ("Peta Relasi Dinas" → "peta-relasi-dinas"). */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .slice(0, 60) || 'struktur'
  );
}

export function downloadText(name: string, text: string, mime = 'application/json'): void {
  downloadBlob(name, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/**
 * Opens the browser's file chooser. Resolves with the chosen file, or null when the user cancels (the `cancel`
 * event, in every current browser).
 */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    document.body.appendChild(input);
    let settled = false;
    const settle = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => settle(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => settle(null));
    input.click();
  });
}

/** UTF-8, without a byte-order mark (TextDecoder drops it; not every Blob.text() implementation does). */
export async function readFileAsText(file: Blob): Promise<string> {
  return new TextDecoder('utf-8').decode(await file.arrayBuffer());
}

export async function readFileAsBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
