// The TIM rules in catalogue order (DOMAIN.md §5).
import type { Rule } from '../types';
import { tim01 } from './tim01';
import { tim02 } from './tim02';
import { tim03 } from './tim03';
import { tim04 } from './tim04';
import { tim05 } from './tim05';
import { tim06 } from './tim06';
import { tim07 } from './tim07';
import { tim08 } from './tim08';
import { tim09 } from './tim09';
import { tim10 } from './tim10';
import { tim11 } from './tim11';

export { tim01, tim02, tim03, tim04, tim05, tim06, tim07, tim08, tim09, tim10, tim11 };
export { requiredInstrument, instrumentVerdict, INSTRUMENT_REQUIREMENTS, describeDeclared, type InstrumentStatus, type InstrumentVerdict, type RequiredInstrument } from './instrument';

export const TIM_RULES: readonly Rule[] = [tim01, tim02, tim03, tim04, tim05, tim06, tim07, tim08, tim09, tim10, tim11];
