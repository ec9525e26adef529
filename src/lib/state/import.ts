// URL state of the import view: /import?ds=…&lang=en. The page's own work (files, preview) is not
// in the link — it lives in this browser — but the dataset is carried on to the other views.
import type { DatasetId } from '$lib/db/datasets';
import type { Lang } from '$lib/charts/format';
import { COMMON } from './common';
import { parseState, type Specs } from './spec';

export interface ImportState {
	ds: DatasetId;
	lang: Lang;
}

export const IMPORT_SPECS: Specs<ImportState> = { ds: COMMON.ds, lang: COMMON.lang };

export const parseImport = (q: URLSearchParams) => parseState(IMPORT_SPECS, q);
