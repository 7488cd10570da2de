// The LF rules (peta lintas fungsi) in catalogue order (DOMAIN.md §6).
import type { MapRule } from '../types';
import { lf01 } from './lf01';
import { lf02 } from './lf02';
import { lf03 } from './lf03';
import { lf04 } from './lf04';
import { lf05 } from './lf05';
import { lf06 } from './lf06';
import { lf07 } from './lf07';

export { lf01, lf02, lf03, lf04, lf05, lf06, lf07 };

export const LF_RULES: readonly MapRule[] = [lf01, lf02, lf03, lf04, lf05, lf06, lf07];
