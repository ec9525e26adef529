// The browser's URL-state parsers: random links mixing valid values, markup, SQL, path traversal,
// repeated keys and very long values. Parsing never throws; whatever state comes out writes a link
// that parses back to the same state without notices (only valid, canonical values survive); every
// notice shows a shortened value.
import type { Rng } from '../../generator/prng';
import { parseChannels, CHANNEL_SPECS } from '../../../src/lib/state/channels';
import { COMPARE_SPECS, parseCompare } from '../../../src/lib/state/compare';
import { OVERVIEW_SPECS, parseOverview } from '../../../src/lib/state/overview';
import { parseRankings, RANKING_SPECS } from '../../../src/lib/state/rankings';
import { queryOf, type ParsedState, type Specs } from '../../../src/lib/state/spec';
import { parseTrends, TREND_SPECS } from '../../../src/lib/state/trends';
import { functionTarget } from '../harness';

type AnyParse = (q: URLSearchParams) => ParsedState<Record<string, unknown>>;
const VIEWS: [string, Specs<Record<string, unknown>>, AnyParse][] = [
	['overview', OVERVIEW_SPECS as never, parseOverview as never],
	['trends', TREND_SPECS as never, parseTrends as never],
	['rankings', RANKING_SPECS as never, parseRankings as never],
	['channels', CHANNEL_SPECS as never, parseChannels as never],
	['compare', COMPARE_SPECS as never, parseCompare as never]
];

const VALUES = [
	'demo', 'seeds', 'local', 'seeds,local', 'demo,local', 'seeds+local', 'zh', 'en', 'active.total', 'channel.wechat', '2014', '2025', '2030', '1999', 'abs', 'index', 'yoy', 'log',
	'360923', '36', '990001001', '990001001,990001002', '蕙铺省/楸川县/萸坳街道', '省/县', 'counts', 'shares', '1', '0', 'desc', 'asc',
	'<script>alert(1)</script>', "' OR 1=1 --", '"; DROP TABLE vals; --', '../../etc/passwd', '%00', '\u0000', '\u202e', '',
	',,,', '/', '//x', '9'.repeat(40), '测'.repeat(300), 'a'.repeat(10_000)
];
const KEYS = ['ds', 'lang', 'ind', 'year', 'from', 'to', 'towns', 'region', 'mode', 'scale', 'view', 'order', 'all', 'sql', 'x', '__proto__', 'constructor'];
const LIMIT = 120; // a shown value: 80 characters plus the "… (+N)" tail

export const target = functionTarget<{ view: number; query: string }>(
	'url-state',
	'URL parsers of every view: never throw, only canonical values survive, a state writes a link that reads back unchanged, notices stay short',
	(rng: Rng) => {
		const q = new URLSearchParams();
		for (let k = rng.int(0, 8); k > 0; k--) {
			const value = rng.chance(0.2) ? Array.from({ length: rng.int(2, 60) }, () => rng.pick(VALUES)).join(rng.pick([',', '', '/'])) : rng.pick(VALUES);
			q.append(rng.pick(KEYS), value);
		}
		return { view: rng.int(0, VIEWS.length - 1), query: q.toString() };
	},
	({ view, query }) => {
		const [name, specs, parse] = VIEWS[view];
		const first = parse(new URLSearchParams(query));
		const long = first.notices.find((n) => n.raw.length > LIMIT || n.param.length > LIMIT);
		if (long) return `${name}: a notice shows ${long.raw.length} characters`;
		const again = parse(new URLSearchParams(queryOf(specs, first.state, 'link')));
		if (again.notices.length) return `${name}: its own link has notices: ${JSON.stringify(again.notices)}`;
		if (JSON.stringify(again.state) !== JSON.stringify(first.state)) return `${name}: the state does not survive its link`;
	},
	({ view, query }) => `${VIEWS[view][0]}?${query.slice(0, 160)}`
);
