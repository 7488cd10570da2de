// Types of scripts/doc-links.mjs for the unit tests.
export interface DeadLink { file: string; target: string; reason: string }
export function headingAnchors(markdown: string): Set<string>;
export function references(markdown: string): { target: string; kind: 'link' | 'code' }[];
export function documentationFiles(root: string): string[];
export function deadLinks(root: string, files?: string[]): DeadLink[];
