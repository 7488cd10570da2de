import { LINTAS_01 } from './lintas01';
import { LINTAS_02 } from './lintas02';
import type { CrossFinding, CrossRule, DocumentExtract } from './types';

export type { CrossFinding, CrossRule, DocumentExtract, OutsideMember, PersonPlace } from './types';
export { normalNip } from './types';

export const LINTAS_RULES: readonly CrossRule[] = [LINTAS_01, LINTAS_02];

/** Every cross-document finding of the workspace; a rule that throws is left out rather than stopping the view. */
export function checkWorkspace(docs: readonly DocumentExtract[]): CrossFinding[] {
  const out: CrossFinding[] = [];
  for (const rule of LINTAS_RULES) {
    try {
      out.push(...rule.check(docs));
    } catch {
      // one faulty check must not hide the others
    }
  }
  return out;
}
