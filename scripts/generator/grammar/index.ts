// The probe grammar: every family of statements the extractor must read, and the traps it must not.
import type { Family } from './expand';
import { ACTIVE_FAMILIES } from './families-active';
import { APPLY_FAMILIES } from './families-apply';
import { CAPACITY_FAMILIES } from './families-capacity';
import { FLAG_FAMILIES } from './flags';
import { MIX_FAMILIES } from './families-mix';
import { FLAG_TRAP_FAMILIES, TRAP_FAMILIES } from './traps';

export { expandFamily, PROBE_CONTEXT, type Expected, type Family, type Probe, type Speaker } from './expand';

export const VALUE_FAMILIES: Family[] = [...ACTIVE_FAMILIES, ...APPLY_FAMILIES, ...CAPACITY_FAMILIES, ...MIX_FAMILIES];
export { FLAG_FAMILIES, TRAP_FAMILIES, FLAG_TRAP_FAMILIES };
export const ALL_FAMILIES: Family[] = [...VALUE_FAMILIES, ...FLAG_FAMILIES, ...TRAP_FAMILIES, ...FLAG_TRAP_FAMILIES];
