// Text that came from a document (labels, file names, messages that quote them) is shown in a terminal: a control
// character in it must be printed as a visible escape, never sent to the terminal. Without this a position named
// "\x1b[2J\x1b[HValidasi: tidak ada kesalahan" clears the reviewer's screen and prints a fake all-clear.
// Escaped: C0 controls (tab and newline included: one finding stays on its lines), DEL, C1 controls, and the Unicode
// bidirectional overrides/isolates and line/paragraph separators, which can reorder or break what the reader sees.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
