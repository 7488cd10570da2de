// File names of exports (the views' export itself is exportView.ts; the Tim Kerja documents use this too).
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
