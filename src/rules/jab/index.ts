// The JAB rules (peta jabatan data checks, DOMAIN.md §8.3) in catalogue order.
import type { Rule } from '../types';
import { jab01 } from './jab01';
import { jab02 } from './jab02';
import { jab03 } from './jab03';
import { jab04 } from './jab04';

export { jab01, jab02, jab03, jab04 };

export const JAB_RULES: readonly Rule[] = [jab01, jab02, jab03, jab04];
