// Every rule the linter knows, in catalogue order. Other rule families (TIM, PETA, LF, REL) join this list.
import { JAB_RULES } from './jab';
import { KED_RULES } from './ked';
import { MAP_RULES } from './peta';
import { TIM_RULES } from './tim';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [...KED_RULES, ...JAB_RULES, ...TIM_RULES, ...MAP_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
