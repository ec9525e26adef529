import { ACTIVE_RULES } from './active';
import { APPLY_RULES } from './apply';
import { CAPACITY_RULES, CONSULT_RULES, FACILITY_RULES, REACH_RULES } from './capacity';
import { CHANNEL_RULES } from './channel';
import { FEE_RULES } from './fee';
import { OUTCOME_RULES } from './outcome';
import { RESPONSE_RULES } from './response';
import { COMPLAINT_RULES, LITIGATION_RULES, REVIEW_RULES } from './review';
import { TOPIC_RULES } from './topic';
import type { ProseRule } from './types';

export { USE_TERMS, USE_CUE, NOT_USED_AFTER, NOT_USED_BEFORE, ROW_LABEL_AFTER } from './uses';
export { CHANNEL_TERMS } from './channel';
export type { ProseRule } from './types';

export const PROSE_RULES: ProseRule[] = [
	...ACTIVE_RULES,
	...TOPIC_RULES,
	...CHANNEL_RULES,
	...RESPONSE_RULES,
	...APPLY_RULES,
	...OUTCOME_RULES,
	...FEE_RULES,
	...REVIEW_RULES,
	...LITIGATION_RULES,
	...COMPLAINT_RULES,
	...FACILITY_RULES,
	...CAPACITY_RULES,
	...REACH_RULES,
	...CONSULT_RULES
];
