// Every English word of the app in one module, loaded by loadLang('en') (i18n/index) as one file:
// the shared dictionary, the indicators' English names and each view's own words.
import catalog from 'virtual:catalog-english';
import { en as shared } from './en';
import { en as channels } from './channels.en';
import { en as compare } from './compare.en';
import { en as data } from './data.en';
import { en as importWords } from './import.en';
import { en as overview } from './overview.en';
import { en as rankings } from './rankings.en';
import { en as report } from './report.en';
import { en as scale } from './scale.en';
import { en as trends } from './trends.en';

export const ENGLISH = {
	shared,
	/** indicator id → English name */
	catalog,
	channels,
	compare,
	data,
	import: importWords,
	overview,
	rankings,
	report,
	scale,
	trends
};

export type English = typeof ENGLISH;
