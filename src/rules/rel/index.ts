// The REL rules (peta relasi) in catalogue order (DOMAIN.md §6).
import type { MapRule } from '../types';
import { rel01 } from './rel01';
import { rel02 } from './rel02';

export { rel01, rel02 };

export const REL_RULES: readonly MapRule[] = [rel01, rel02];
