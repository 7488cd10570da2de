// Types of scripts/chromium.mjs for the unit tests.
type Env = Record<string, string | undefined>;
export type Found = { path: string; source: string; error?: undefined } | { path: null; error: string; source?: undefined };
export type Plan = { action: 'install'; commands: string[][]; message?: undefined } | { action: 'stop'; message: string; commands?: undefined };
export const USUAL_PATHS: string[];
export const INSTALL_COMMAND: string;
export function findChromium(o?: { env?: Env; usualPaths?: string[]; executable?: (f: string) => boolean }): Found;
export function debianFamily(osRelease: string): 'debian' | 'ubuntu' | null;
export function plan(o: { isRoot: boolean; osRelease: string; env?: Env }): Plan;
export function ensureChromium(o?: {
  env?: Env;
  isRoot?: boolean;
  osRelease?: string;
  run?: (cmd: string[]) => number;
  log?: (s: string) => void;
  find?: () => Found;
}): string | null;
