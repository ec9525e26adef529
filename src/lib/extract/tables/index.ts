// INTERIM placeholder so the orchestrator compiles while the table parsers are written (owner: tables helper).
import type { Normalised, TableResult } from '../types';

export function parseTables(_n: Normalised): TableResult {
	return { format: null, candidates: [], warnings: [] };
}
