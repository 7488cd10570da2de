// The PETA rules (peta proses bisnis: level and subproses maps) in catalogue order (DOMAIN.md §6), and every
// map rule together.
import type { MapRule } from '../types';
import { LF_RULES } from '../lf';
import { REL_RULES } from '../rel';
import { peta01 } from './peta01';
import { peta02 } from './peta02';
import { peta03 } from './peta03';
import { peta04 } from './peta04';
import { peta05 } from './peta05';
import { peta06 } from './peta06';
import { peta07 } from './peta07';

export { peta01, peta02, peta03, peta04, peta05, peta06, peta07 };

export const PETA_RULES: readonly MapRule[] = [peta01, peta02, peta03, peta04, peta05, peta06, peta07];

/** PETA, LF and REL rules in catalogue order. */
export const MAP_RULES: readonly MapRule[] = [...PETA_RULES, ...LF_RULES, ...REL_RULES];
