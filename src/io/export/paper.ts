// Paper sizes for export and print. F4 (folio) is the usual paper of Indonesian regulations.
export const PAPER_MM = { a4: { width: 210, height: 297 }, f4: { width: 215, height: 330 } } as const;
export type Paper = keyof typeof PAPER_MM;
export type Orientation = 'portrait' | 'landscape';

export function pageSize(opts: { paper: Paper; orientation: Orientation }): { width: number; height: number } {
  const p = PAPER_MM[opts.paper];
  return opts.orientation === 'portrait' ? { width: p.width, height: p.height } : { width: p.height, height: p.width };
}
