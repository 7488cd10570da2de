// A second tab of the same document is known at once, before either tab saves.
import { describe, expect, it } from 'vitest';
import { createPresence } from '../../../src/io/storage/presence';
import { channelBus } from './fakes';

function tabs() {
  const { FakeChannel, open } = channelBus();
  const win = { BroadcastChannel: FakeChannel as unknown as new (name: string) => never };
  const make = (tabId: string) => {
    const seen: number[] = [];
    const presence = createPresence(win, tabId, (n) => seen.push(n));
    return { presence, seen };
  };
  return { make, open };
}

describe('presence', () => {
  it('two tabs opening one document learn of each other; a third on another document does not count', () => {
    const { make } = tabs();
    const a = make('tab_a');
    const b = make('tab_b');
    const c = make('tab_c');
    a.presence.setDoc('doc_1');
    expect(a.presence.others()).toBe(0);
    b.presence.setDoc('doc_1'); // b says hello, a answers here
    expect(a.presence.others()).toBe(1);
    expect(b.presence.others()).toBe(1);
    c.presence.setDoc('doc_2');
    expect(a.presence.others()).toBe(1);
    expect(c.presence.others()).toBe(0);
    expect(a.seen).toEqual([1]);
    expect(b.seen).toEqual([1]);
  });

  it('switching document or closing the tab ends the overlap', () => {
    const { make, open } = tabs();
    const a = make('tab_a');
    const b = make('tab_b');
    a.presence.setDoc('doc_1');
    b.presence.setDoc('doc_1');
    b.presence.setDoc('doc_2');
    expect(a.presence.others()).toBe(0);
    b.presence.setDoc('doc_1');
    expect(a.presence.others()).toBe(1);
    b.presence.dispose();
    expect(a.presence.others()).toBe(0);
    expect(a.seen).toEqual([1, 0, 1, 0]);
    expect(open.size).toBe(1);
  });

  it('a tab showing no document counts nobody, and foreign messages are ignored', () => {
    const { make, open } = tabs();
    const a = make('tab_a');
    const b = make('tab_b');
    b.presence.setDoc('doc_1');
    expect(a.presence.others()).toBe(0);
    const [channel] = [...open];
    channel.postMessage({ type: 'hello', tabId: 'x', docId: 5 });
    channel.postMessage('rubbish');
    expect(b.presence.others()).toBe(0);
  });

  it('without BroadcastChannel it is inert', () => {
    const seen: number[] = [];
    const p = createPresence({}, 'tab_a', (n) => seen.push(n));
    p.setDoc('doc_1');
    expect(p.others()).toBe(0);
    p.dispose();
    expect(seen).toEqual([]);
  });
});
