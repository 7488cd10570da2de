import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

describe('validate arguments', () => {
  it('takes a file with defaults', () => {
    expect(parseArgs(['peta.csv'])).toEqual({ kind: 'run', args: { file: 'peta.csv', profile: null, format: 'text', layout: 'auto' } });
  });

  it('takes --profile and --format, separated or with =', () => {
    expect(parseArgs(['--format', 'json', 'a.json', '--profile', 'banjar-39-2024'])).toEqual({
      kind: 'run',
      args: { file: 'a.json', profile: 'banjar-39-2024', format: 'json', layout: 'auto' },
    });
    expect(parseArgs(['a.csv', '--profile=serang-23-2023', '--format=text'])).toEqual({
      kind: 'run',
      args: { file: 'a.csv', profile: 'serang-23-2023', format: 'text', layout: 'auto' },
    });
  });

  it('lists the valid profile ids for an unknown one', () => {
    const r = parseArgs(['a.csv', '--profile', 'jakarta']);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') {
      expect(r.message).toMatch(/Profil «jakarta» tidak dikenal/);
      expect(r.message).toMatch(/nasional, banjarmasin-147-2023, palembang-30-2023, padang-panjang-48-2024, banjar-39-2024, serang-23-2023/);
    }
  });

  it.each([
    [[], /belum disebut/],
    [['a.csv', '--format', 'xml'], /«json» atau «text», bukan «xml»/],
    [['a.csv', '--format'], /«json» atau «text»\./],
    [['a.csv', '--profile'], /perlu sebuah id/],
    [['a.csv', '--verbose'], /Opsi «--verbose» tidak dikenal/],
    [['a.csv', 'b.csv'], /Hanya satu berkas/],
  ])('refuses %j', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(message);
  });

  it('answers --help', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('validate --layout', () => {
  it('takes a layout and refuses an unknown one', () => {
    expect(parseArgs(['a.csv', '--layout', 'nomor'])).toEqual({ kind: 'run', args: { file: 'a.csv', profile: null, format: 'text', layout: 'nomor' } });
    expect(parseArgs(['a.csv', '--layout=miring']).kind).toBe('error');
  });
});
