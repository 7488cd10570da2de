import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, writePreferences } from '../../../src/io/storage/preferences';

function memory(): Map<string, string> & { getItem(k: string): string | null; setItem(k: string, v: string): void } {
  const m = new Map<string, string>() as Map<string, string> & { getItem(k: string): string | null; setItem(k: string, v: string): void };
  m.getItem = (k) => m.get(k) ?? null;
  m.setItem = (k, v) => void m.set(k, v);
  return m;
}

describe('preferences', () => {
  it('remember the default profile and the drop setting; unknown or broken values fall back', () => {
    const s = memory();
    expect(readPreferences(s)).toEqual(DEFAULT_PREFERENCES);
    expect(writePreferences(s, { defaultProfileId: 'serang-23-2023' })).toBe(true);
    expect(writePreferences(s, { keepDroppedBoxes: true })).toBe(true);
    expect(readPreferences(s)).toEqual({ defaultProfileId: 'serang-23-2023', keepDroppedBoxes: true, reviewerName: '' });
    expect(writePreferences(s, { reviewerName: 'Dewi (Inspektorat)' })).toBe(true);
    expect(readPreferences(s)).toEqual({ defaultProfileId: 'serang-23-2023', keepDroppedBoxes: true, reviewerName: 'Dewi (Inspektorat)' });
    s.setItem(PREFERENCES_KEY, '{"reviewerName":42}');
    expect(readPreferences(s).reviewerName).toBe('');
    s.setItem(PREFERENCES_KEY, '{"defaultProfileId":"jakarta","keepDroppedBoxes":"ya"}');
    expect(readPreferences(s)).toEqual(DEFAULT_PREFERENCES);
    s.setItem(PREFERENCES_KEY, '{not json');
    expect(readPreferences(s)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it('a storage that refuses to write is reported, not thrown', () => {
    const s = memory();
    s.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(writePreferences(s, { defaultProfileId: 'nasional' })).toBe(false);
  });
});
