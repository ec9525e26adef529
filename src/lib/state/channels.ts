// URL state of the channels view: /channels?ds=demo&region=…&year=2025&view=shares&lang=en
import { COMMON } from './common';
import { oneOf } from './parse';
import { parseState, type KeySpec, type Specs } from './spec';

export const CHANNEL_VIEWS = ['counts', 'shares'] as const;
export type ChannelView = (typeof CHANNEL_VIEWS)[number];

export interface ChannelState {
	ds: import('$lib/db/datasets').DatasetId;
	region: string;
	/** the year of the per-town bars; undefined = the dataset's latest report year (resolved by the page) */
	year: number | undefined;
	view: ChannelView;
	lang: import('$lib/charts/format').Lang;
}

export const CHANNEL_SPECS: Specs<ChannelState> = {
	ds: COMMON.ds,
	region: COMMON.region,
	year: COMMON.year,
	// counts and shares draw different numbers: a shared link says which
	view: { parse: oneOf(CHANNEL_VIEWS), fmt: (v) => v, default: 'counts', pinned: true } as KeySpec<ChannelView>,
	lang: COMMON.lang
};

export const parseChannels = (q: URLSearchParams) => parseState(CHANNEL_SPECS, q);
