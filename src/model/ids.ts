// Short random ids. Ids only need to be unique inside one document; crypto is present in browsers and Node 20.
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let out = prefix + '_';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}
