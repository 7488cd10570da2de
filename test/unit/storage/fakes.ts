// Test doubles for the storage layer: a window that can fire `storage`/lifecycle events, and an in-memory
// BroadcastChannel. The in-memory Storage with a quota is the real one (src/editor/storage.ts MemoryStorageArea).
import { MemoryStorageArea } from '../../../src/editor/storage';
import { emptyWorkspace, type Position, type Workspace } from '../../../src/model';

/** A Storage whose document `id` holds `text` (corrupt JSON, a foreign object …) and an index that lists it. */
export function storageHolding(id: string, text: string): MemoryStorageArea {
  const s = new MemoryStorageArea();
  s.poke(`petakerja:doc:${id}`, text);
  s.poke('petakerja:index', JSON.stringify([{ id, title: 'Rusak', instansi: '', updatedAt: 1, positions: 0 }]));
  return s;
}

export class FakeStorageEvent extends Event {
  constructor(
    readonly key: string | null,
    readonly newValue: string | null,
    readonly oldValue: string | null = null,
  ) {
    super('storage');
  }
}

/** Synchronous stand-in for BroadcastChannel: every other open channel of the same name gets the message. */
export function channelBus() {
  const open = new Set<FakeChannel>();
  class FakeChannel extends EventTarget {
    closed = false;
    constructor(readonly name: string) {
      super();
      open.add(this);
    }
    postMessage(data: unknown): void {
      if (this.closed) throw new DOMException('closed', 'InvalidStateError');
      for (const other of open) {
        if (other !== this && other.name === this.name) other.dispatchEvent(new MessageEvent('message', { data }));
      }
    }
    close(): void {
      this.closed = true;
      open.delete(this);
    }
  }
  return { FakeChannel, open };
}

export class FakeWindow extends EventTarget {
  document = { visibilityState: 'visible' };
  constructor(readonly BroadcastChannel?: new (name: string) => EventTarget & { close(): void; postMessage(data: unknown): void }) {
    super();
  }
  listenerCount = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.listenerCount++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.listenerCount--;
    super.removeEventListener(...args);
  }
}

let counter = 0;

/** A small valid document with `n` positions under one head. */
export function sampleDoc(title = 'Dinas Uji', n = 3): Workspace {
  const doc = emptyWorkspace(title);
  doc.id = `doc_test${++counter}`;
  doc.instansi = { nama: 'Pemerintah Kota Uji', jenis: 'kota' };
  doc.units.u1 = { id: 'u1', nama: 'Dinas Uji', parentId: null, isPerangkatDaerah: true, tipePd: 'dinas', pengecualian: false };
  for (let i = 0; i < n; i++) doc.positions[`p${i}`] = position(i);
  return doc;
}

function position(i: number): Position {
  const head = i === 0;
  return {
    id: `p${i}`,
    kode: `1.${i}`,
    nama: head ? 'Kepala Dinas' : `Analis Kebijakan ${i}`,
    kind: head ? 'jpt-pratama' : i % 3 ? 'fungsional' : 'pelaksana',
    jenjang: !head && i % 3 ? 'ahli-muda' : null,
    unitId: 'u1',
    superiorId: head ? null : 'p0',
    memimpinUnitMandiri: false,
    substansi: head ? 'Memimpin dinas' : '',
    kelasJabatan: i % 10 < 7 ? 9 : null,
    kebutuhan: 1,
    pemangku:
      i % 10 < 7
        ? [{ id: `org${i}`, nama: `Pemangku ${i}`, nip: `1985${String(i).padStart(14, '0')}`, pendidikan: null, golongan: null, predikatKinerja: null, pengalamanTahun: 5 }]
        : [],
    bezetting: null,
    placement: head ? { x: 0, y: 0 } : null,
  };
}

/** Same document, one position renamed: what a command would produce. */
export function edited(doc: Workspace, name: string): Workspace {
  return { ...doc, positions: { ...doc.positions, p1: { ...doc.positions.p1, nama: name } } };
}

/** A document of `n` positions in `n / 25` units, 70 % with a holder, like a large kabupaten. */
export function largeDoc(n: number): Workspace {
  const doc = emptyWorkspace('Pemerintah Kabupaten Contoh — Sistem Kerja 2025');
  doc.instansi = { nama: 'Pemerintah Kabupaten Contoh', jenis: 'kabupaten' };
  const units = Math.max(1, Math.round(n / 25));
  for (let u = 0; u < units; u++) {
    const id = `unit_${u}`;
    doc.units[id] = { id, nama: `Bidang Pelayanan Umum ${u}`, parentId: u ? 'unit_0' : null, isPerangkatDaerah: u === 0, tipePd: u ? null : 'dinas', pengecualian: false };
  }
  for (let i = 0; i < n; i++) {
    const p = position(i % 10 === 0 ? 0 : i);
    const id = `p${i}`;
    doc.positions[id] = {
      ...p,
      id,
      unitId: `unit_${Math.floor(i / 25) % units}`,
      superiorId: i === 0 ? null : i % 10 === 0 ? 'p0' : `p${i - (i % 10)}`,
      placement: i % 10 === 0 ? { x: (i * 37) % 9000, y: (i * 13) % 4000 } : null,
    };
  }
  return doc;
}
