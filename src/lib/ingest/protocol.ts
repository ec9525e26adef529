// The messages between the import page and its worker (src/lib/ingest/worker.ts).
import type { TownAnswer, ImportRecord } from '$lib/local/store';
import type { Progress } from './batch';
import type { ImportEntry } from './items';
import type { Preview } from './preview';

export type Request =
	| { type: 'scan'; entries: ImportEntry[]; gazetteerUrl: string }
	| { type: 'choose'; answer: TownAnswer }
	| { type: 'commit' }
	| { type: 'issues' }
	| { type: 'export' }
	| { type: 'discard' };

export interface Timing {
	/** fetching and indexing the gazetteer (once per worker) */
	gazetteerMs: number;
	/** reading, extracting and checking the files */
	runMs: number;
	/** of which in the extraction library */
	extractMs: number;
	/** report files read (not CSVs, not skipped ones) */
	reportFiles: number;
}

export type Reply =
	| { type: 'preview'; preview: Preview; timing?: Timing }
	| { type: 'committed'; record: ImportRecord }
	| { type: 'issues'; csv: string }
	| { type: 'exported'; zip: Blob; reports: number }
	| { type: 'discarded' };

export type Message =
	| { id: number; ok: true; reply: Reply }
	| { id: number; ok: false; zh: string; en: string; kind?: string }
	| { id: -1; progress: Progress };
