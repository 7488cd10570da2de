// The import dialog's worker protocol (io/import/workerProtocol.ts + importHandler.ts): the page's ImportSession
// against the real handler and reader, over a fake worker that delivers messages asynchronously as a real one does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPetaJabatanTable } from '../../../src/io/import';
import { createImportHandler } from '../../../src/io/import/importHandler';
import type { ImportProgress } from '../../../src/io/import/types';
import {
  ImportSession,
  progressFraction,
  PROGRESS_INTERVAL_MS,
  type ImportRequest,
  type ImportResponse,
  type WorkerLike,
} from '../../../src/io/import/workerProtocol';
import { bigCsv } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/peta-jabatan/${name}`, import.meta.url)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A worker in this thread: requests and answers cross through the task queue, like postMessage. */
function fakeWorker(now: () => number = Date.now) {
  const sent: ImportRequest['type'][] = [];
  const progress: ImportProgress[] = [];
  let terminated = false;
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(req) {
      sent.push(req.type);
      setTimeout(() => void handle(req), 0);
    },
    terminate() {
      terminated = true;
    },
  };
  const handle = createImportHandler(
    (r: ImportResponse) => {
      if (terminated) return;
      if (r.type === 'progress') progress.push(r.progress);
      setTimeout(() => !terminated && w.onmessage?.({ data: r } as MessageEvent<ImportResponse>), 0);
    },
    (file, onProgress) => readPetaJabatanTable(file, onProgress),
    now,
  );
  return { worker: w, sent, progress, terminated: () => terminated };
}

describe('import worker protocol', () => {
  it('reads a file, answers with a preview without the document, and hands the document over on take', async () => {
    const fake = fakeWorker();
    const seen: ImportProgress[] = [];
    const s = new ImportSession(() => fake.worker, (p) => seen.push(p));
    const preview = await s.read('nomor.csv', fixture('nomor-anjab.csv'), { layout: 'auto' }, {});
    expect(preview?.ok).toBe(true);
    if (!preview?.ok) return;
    expect(preview.layout).toBe('nomor');
    expect(preview).not.toHaveProperty('doc');
    expect(seen.map((p) => p.phase)).toContain('read');
    const doc = await s.take();
    expect(Object.keys(doc!.positions)).toHaveLength(preview.summary.positions);
    // the worker is done after the document is handed over
    expect(fake.terminated()).toBe(true);
    expect(s.active).toBe(false);
  });

  it('unknown headers: a mapping request; a rebuild with the mapping reads the kept table without reading the file again', async () => {
    const fake = fakeWorker();
    const s = new ImportSession(() => fake.worker, () => {});
    const first = await s.read('asing.csv', fixture('kolom-asing.csv'), {}, {});
    expect(first?.ok).toBe(false);
    if (first?.ok !== false) return;
    expect(first.mapping?.headers).toEqual(['Kd', 'Uraian Jabatan', 'Jns', 'Unit Kerja Induk', 'Kd Atasan']);
    const mapping = { kd: 'kode', uraian_jabatan: 'nama_jabatan', jns: 'jenis', unit_kerja_induk: 'unit', kd_atasan: 'atasan' } as const;
    const second = await s.rebuild({ columnMapping: mapping });
    expect(second?.ok).toBe(true);
    expect(fake.sent).toEqual(['read', 'rebuild']);
  });

  it('a saved mapping of the same header shape is applied at once and named in the preview', async () => {
    const fake = fakeWorker();
    const s = new ImportSession(() => fake.worker, () => {});
    const probe = await s.read('asing.csv', fixture('kolom-asing.csv'), {}, {});
    const key = probe?.ok === false ? probe.mapping!.key : '';
    const saved = { [key]: { kd: 'kode', uraian_jabatan: 'nama_jabatan', jns: 'jenis', unit_kerja_induk: 'unit', kd_atasan: 'atasan' } as const };
    const s2 = new ImportSession(() => fakeWorker().worker, () => {});
    const preview = await s2.read('asing-2.csv', fixture('kolom-asing.csv'), {}, saved);
    expect(preview?.ok && preview.savedMappingUsed).toBe(key);
  });

  it('«Batal»: the worker is terminated and the pending read answers null', async () => {
    const fake = fakeWorker();
    const s = new ImportSession(() => fake.worker, () => {});
    const pending = s.read('besar.csv', bytesOf(bigCsv(2_000)), {}, {});
    s.cancel();
    expect(await pending).toBeNull();
    expect(fake.terminated()).toBe(true);
    expect(await s.rebuild({})).toBeNull();
  });

  it('a file that cannot be read is a refusal with the reason, never an exception', async () => {
    const s = new ImportSession(() => fakeWorker().worker, () => {});
    const preview = await s.read('lama.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), {}, {});
    expect(preview).toEqual({ ok: false, problems: [{ row: null, message: expect.stringContaining('.xls') }] });
  });

  it('take without a good build fails with a message; a crashed worker is reported in Bahasa Indonesia', async () => {
    const s = new ImportSession(() => fakeWorker().worker, () => {});
    await s.read('asing.csv', fixture('kolom-asing.csv'), {}, {});
    await expect(s.take()).rejects.toThrow(/dapat dibaca/);

    let w!: WorkerLike;
    const s2 = new ImportSession(() => (w = { onmessage: null, onerror: null, postMessage() {}, terminate() {} }), () => {});
    const pending = s2.read('x.csv', bytesOf('a'), {}, {});
    w.onerror?.({ preventDefault() {} } as ErrorEvent);
    const r = await pending;
    expect(r?.ok === false && r.problems[0].message).toMatch(/latar belakang/);
  });

  it('progress is sent at most every PROGRESS_INTERVAL_MS within a phase, and always at a phase change and at the end', async () => {
    let t = 0;
    const fake = fakeWorker(() => t);
    const s = new ImportSession(() => fake.worker, () => {});
    // the clock stands still: only the phase changes and the last message of each phase get through
    await s.read('besar.csv', bytesOf(bigCsv(10_000)), {}, {});
    const build = fake.progress.filter((p) => p.phase === 'build');
    expect(build.length).toBeLessThanOrEqual(2);
    expect(build.at(-1)!.done).toBe(build.at(-1)!.total);
    expect(fake.progress.map((p) => p.phase)[0]).toBe('read');

    // with the clock moving past the interval between messages, every build step gets through
    const moving = fakeWorker(() => (t += PROGRESS_INTERVAL_MS + 1));
    await new ImportSession(() => moving.worker, () => {}).read('besar.csv', bytesOf(bigCsv(10_000)), {}, {});
    expect(moving.progress.filter((p) => p.phase === 'build')).toHaveLength(5);
  });

  it('the bar only moves forward across the phases, from 0 to 1', () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const steps: ImportProgress[] = [
        ...(format === 'xlsx' ? [{ phase: 'unzip', done: 0, total: 10 }, { phase: 'unzip', done: 10, total: 10 }] as const : []),
        { phase: 'read', done: 0, total: 1 },
        { phase: 'read', done: 1, total: 1 },
        { phase: 'build', done: 2000, total: 20000 },
        { phase: 'build', done: 20000, total: 20000 },
      ];
      const f = steps.map((p) => progressFraction(p, format));
      expect([...f].sort((a, b) => a - b)).toEqual(f);
      expect(f.at(-1)).toBe(1);
    }
  });
});
