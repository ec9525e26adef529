// The URL state of the channels view: round trips, pinned keys, hostile inputs.
import { describe, expect, it } from 'vitest';
import { CHANNEL_SPECS, parseChannels, type ChannelState } from '../../../src/lib/state/channels';
import { queryOf } from '../../../src/lib/state/spec';
import { HOSTILE } from './hostile';

describe('parseChannels', () => {
	const parse = (qs: string) => parseChannels(new URLSearchParams(qs));
	const DEFAULTS: ChannelState = { ds: 'demo', region: '', year: undefined, view: 'counts', lang: 'zh' };

	it('reads every valid key and uses defaults without notices', () => {
		expect(parse('ds=seeds&region=360923&year=2018&view=shares&lang=en')).toMatchObject({
			state: { ds: 'seeds', region: '360923', year: 2018, view: 'shares', lang: 'en' }, notices: []
		});
		expect(parse('')).toEqual({ state: DEFAULTS, notices: [], given: new Set() });
	});

	it('falls back per key on hostile values and names each parameter once', () => {
		for (const h of HOSTILE) {
			const q = new URLSearchParams();
			for (const k of Object.keys(CHANNEL_SPECS)) q.set(k, h);
			const { state, notices } = parseChannels(q);
			expect(state).toEqual(DEFAULTS);
			expect(notices.map((n) => n.param)).toEqual(['ds', 'region', 'year', 'view', 'lang']);
			expect(notices.every((n) => n.raw.length < 100)).toBe(true);
		}
		expect(parse('view=pie&ind=active.total&view=counts').notices.map((n) => [n.param, n.kind])).toEqual([
			['view', 'repeated'], ['ind', 'unknown'], ['view', 'bad']
		]);
	});

	it('pins ds, the resolved year and the view in a copied link; round-trips', () => {
		const s: ChannelState = { ...DEFAULTS, year: 2025 };
		expect(queryOf(CHANNEL_SPECS, s)).toBe('ds=demo&year=2025');
		expect(queryOf(CHANNEL_SPECS, s, 'link')).toBe('ds=demo&year=2025&view=counts');
		const full: ChannelState = { ds: 'seeds', region: '蕙铺省/楸川县', year: 2018, view: 'shares', lang: 'en' };
		expect(parse(queryOf(CHANNEL_SPECS, full, 'link'))).toMatchObject({ state: full, notices: [] });
	});
});
