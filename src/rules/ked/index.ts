// The KED rules in catalogue order (DOMAIN.md §4).
import type { Rule } from '../types';
import { ked01 } from './ked01';
import { ked02 } from './ked02';
import { ked03 } from './ked03';
import { ked04 } from './ked04';
import { ked05 } from './ked05';
import { ked06 } from './ked06';
import { ked07 } from './ked07';
import { ked08 } from './ked08';
import { ked09 } from './ked09';
import { ked10 } from './ked10';

export { ked01, ked02, ked03, ked04, ked05, ked06, ked07, ked08, ked09, ked10 };

export const KED_RULES: readonly Rule[] = [ked01, ked02, ked03, ked04, ked05, ked06, ked07, ked08, ked09, ked10];
