// The frame guard decides from the window's own facts: at the top, framed by its own origin, framed by another
// (seen in ancestorOrigins, or as a top whose location cannot be read).
import { describe, expect, it } from 'vitest';
import { framedByOtherOrigin } from '../../../src/ui/frameGuard';

const ORIGIN = 'https://petakerja.example.go.id';

function fakeWindow(opts: { top: 'self' | 'same' | 'other' | 'unreadable'; ancestors?: string[] }): Window {
  const self = {} as Record<string, unknown>;
  const location = { origin: ORIGIN, ancestorOrigins: opts.ancestors ? Object.assign([...opts.ancestors], { contains: () => false, item: () => null }) : undefined };
  const top =
    opts.top === 'self'
      ? self
      : opts.top === 'unreadable'
        ? {
            get location(): never {
              throw new DOMException('Blocked a frame', 'SecurityError');
            },
          }
        : { location: { origin: opts.top === 'same' ? ORIGIN : 'https://jahat.example' } };
  Object.assign(self, { self, top, location });
  return self as unknown as Window;
}

describe('framedByOtherOrigin', () => {
  it('runs at the top of its own window', () => {
    expect(framedByOtherOrigin(fakeWindow({ top: 'self' }))).toBe(false);
  });
  it('runs inside a frame of its own origin', () => {
    expect(framedByOtherOrigin(fakeWindow({ top: 'same', ancestors: [ORIGIN] }))).toBe(false);
    expect(framedByOtherOrigin(fakeWindow({ top: 'same' }))).toBe(false);
  });
  it('refuses a frame of another origin, also one nested inside its own origin', () => {
    expect(framedByOtherOrigin(fakeWindow({ top: 'other', ancestors: ['https://jahat.example'] }))).toBe(true);
    expect(framedByOtherOrigin(fakeWindow({ top: 'other', ancestors: [ORIGIN, 'https://jahat.example'] }))).toBe(true);
  });
  it('refuses when the top cannot be read (no ancestorOrigins: another origin)', () => {
    expect(framedByOtherOrigin(fakeWindow({ top: 'unreadable' }))).toBe(true);
  });
});
