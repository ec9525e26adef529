// Prose statements of the facts: the paragraphs on disclosure volume, channels, staff, requests
// and appeals that every layout shares. Each function returns text with its facts attached.
import type { YearFacts } from './facts';
import type { Town } from './towns';
import type { Rng } from './prng';
import { join, stated, type Frag, type Piece } from './frag';
import { speak } from './grammar/speak';
import { exact, written, type Written } from './numbers';
import { say, sayNumber, sayZero, type Voice } from './say';
import * as P from './phrases';

export interface Ctx {
	rng: Rng;
	v: Voice;
	town: Town;
	f: YearFacts;
	/** share of prose numbers written rounded (多/余/近/约) or bounded (超过/以上) */
	fuzz: number;
	/** a statistical table in the same report states the channel counts its own way */
	hasTable: boolean;
}

/** Share of statements drawn from the probe grammar's part tables rather than the phrase lists. */
const GRAMMAR_SHARE = 0.4;

/** A statement of a probe-grammar family (scripts/generator/grammar), its facts over the whole of it. */
function spoken(c: Ctx, id: string, n?: number, slots: Parameters<typeof speak>[4] = {}): Frag {
	const s = speak(c.rng, id, c.v, n, slots);
	return stated(s.text, ...s.stated);
}

/** Put a channel's written name into a template; the name becomes a uses.* flag. */
function withChannel(c: Ctx, tpl: string, channel: string, n: Written | undefined, indicator?: string): Frag {
	const flag = channel === 'new_media' ? 'new_media' : channel;
	const name = c.rng.pick(P.CHANNEL_NAMES[channel]).replaceAll('{C}', c.v.county);
	const out = say(tpl.replaceAll('{X}', name), c.v, n, ...(indicator && n ? [{ indicator, value: n.value, qualifier: n.qualifier }] : []));
	const at = out.text.indexOf(name);
	// newspapers and radio are borderline readings in the seeds (required=0)
	const required = flag !== 'press' && flag !== 'broadcast';
	out.facts.push({ indicator: `uses.${flag}`, value: 1, qualifier: 'exact', origin: 'prose', required, start: at, end: at + name.length });
	return out;
}

/** Channels the town uses this year, in the order a report would list them. */
export function channelsInUse(c: Ctx): string[] {
	const { f, town, rng } = c;
	const counted = (['platform', 'website', 'wechat', 'weibo', 'gazette', 'bulletin', 'new_media'] as const).filter((k) => f.channels[k] > 0);
	const extras = (['print', 'broadcast', 'press'] as const).filter(() => rng.chance(0.25 * town.diligence));
	return [...counted, ...extras];
}

/** 其中 breakdown: channel or topic clauses whose sum stays within the stated total. */
function breakdown(c: Ctx, stated: number): Frag | undefined {
	const { rng, f } = c;
	const byChannel = !c.hasTable && rng.chance(0.55);
	const parts: Frag[] = [];
	let sum = 0;
	if (byChannel) {
		for (const ch of ['platform', 'website', 'wechat', 'weibo', 'gazette', 'bulletin', 'new_media'] as const) {
			const n = f.channels[ch];
			if (!n || sum + n > stated || !rng.chance(0.8)) continue;
			sum += n;
			parts.push(withChannel(c, rng.pick(P.CHANNEL_CLAUSE[ch]), ch, exact(n, '条', rng), `channel.${ch}`));
		}
	} else if (rng.chance(0.5)) {
		for (const [topic, names] of Object.entries(P.TOPIC_NAMES)) {
			const n = f.topics[topic as keyof typeof f.topics];
			if (!n || sum + n > stated || !rng.chance(0.75)) continue;
			sum += n;
			const name = rng.pick(names);
			parts.push(say(`[${name}{N}]`, c.v, exact(n, '条', rng), { indicator: `topic.${topic}`, value: n, qualifier: 'exact' }));
		}
	}
	if (parts.length < 2) return undefined;
	return join([rng.pick(['，其中：', '，其中', '。其中，']), join(parts, rng.pick(['、', '，', '；']))]);
}

const TOTAL_FAMILIES = ['active.total/verb-noun-number', 'active.total/verb-number-noun', 'active.total/noun-first'];

/** The year's total, from the phrase list or the grammar (not when a planted conflict needs it exact). */
function totalStatement(c: Ctx): { frag: Frag; value: number } {
	const { rng, f } = c;
	if (c.fuzz > 0 && rng.chance(GRAMMAR_SHARE)) {
		const frag = spoken(c, rng.pick(TOTAL_FAMILIES), f.active, { end: [''] });
		return { frag, value: frag.facts[0].value };
	}
	const total = written(f.active, '条', rng, c.fuzz);
	return { frag: sayNumber(rng, P.ACTIVE_TOTAL, c.v, 'active.total', total), value: total.value };
}

export function activeParagraph(c: Ctx): Frag {
	const { rng, f } = c;
	const total = totalStatement(c);
	const pieces: Piece[] = [total.frag];
	const parts = breakdown(c, total.value);
	if (parts) pieces.push(parts);
	else if (f.normativeDocs > 0 && rng.chance(0.35)) {
		pieces.push('，', sayNumber(rng, P.NORMATIVE, c.v, 'active.normative_docs', exact(f.normativeDocs, '条', rng)));
	}
	pieces.push(rng.pick(P.ACTIVE_TAIL));
	return join(pieces);
}

/** The list of channels in use; sometimes with a count per channel when no breakdown was given. */
export function channelParagraph(c: Ctx): Frag {
	const { rng } = c;
	const used = channelsInUse(c);
	const intro = say(rng.pick(P.CHANNEL_INTRO), c.v, undefined);
	const names = used.map((ch) => withChannel(c, '{X}', ch, undefined));
	const tail = rng.pick(['等载体及时发布信息。', '等多种方式，拓宽公开渠道。', '等形式公开政府信息，方便群众知晓。']);
	return join([intro, join(names, '、'), tail]);
}

export function wechatReach(c: Ctx): Frag | undefined {
	const { rng, f } = c;
	if (!f.wechatFollowers || !rng.chance(0.3)) return undefined;
	const lead = withChannel(c, `{X}持续运营，`, 'wechat', undefined);
	const n = written(f.wechatFollowers, '人', rng, 0.5);
	return join([lead, sayNumber(rng, P.FOLLOWERS, c.v, 'reach.wechat_followers', n), '。']);
}

export function capacitySentence(c: Ctx): Frag {
	const { rng, f } = c;
	const pieces: Piece[] = [];
	if (rng.chance(0.3)) pieces.push(say(rng.pick(P.BODY), c.v, undefined, { indicator: 'capacity.bodies', value: 1, qualifier: 'exact' }));
	if (f.staffFull && f.staffPart && rng.chance(0.5)) {
		pieces.push(join([
			say('[专职人员{N}]', c.v, exact(f.staffFull, '名', rng), { indicator: 'capacity.staff_fulltime', value: f.staffFull, qualifier: 'exact' }),
			'、',
			say('[兼职人员{N}]', c.v, exact(f.staffPart, '名', rng), { indicator: 'capacity.staff_parttime', value: f.staffPart, qualifier: 'exact' })
		]));
	} else {
		const n = f.staffFull + f.staffPart;
		const generic = [{ t: '', tag: { ind: 'capacity.staff' } }];
		pieces.push(rng.chance(GRAMMAR_SHARE) ? spoken(c, 'capacity.staff/verb-number-noun', n, { kind: generic, end: [''], time: [''] }) : sayNumber(rng, P.STAFF, c.v, 'capacity.staff', exact(n, '名', rng)));
	}
	const grammar = rng.chance(GRAMMAR_SHARE);
	if (rng.chance(0.7)) pieces.push(grammar ? spoken(c, 'capacity.meetings', f.meetings, { end: [''] }) : sayNumber(rng, P.MEETINGS, c.v, 'capacity.meetings', exact(f.meetings, '次', rng)));
	if (f.trainings && rng.chance(0.7)) {
		pieces.push(grammar ? spoken(c, 'capacity.trainings', f.trainings, { end: [''] }) : sayNumber(rng, P.TRAININGS, c.v, 'capacity.trainings', exact(f.trainings, rng.pick(['次', '期']), rng)));
		if (rng.chance(0.6)) pieces.push(sayNumber(rng, P.TRAINEES, c.v, 'capacity.trainees', exact(f.trainees, '人次', rng)));
	}
	if (f.funds && rng.chance(0.3)) pieces.push(sayNumber(rng, P.FUNDS, c.v, 'capacity.funds', exact(f.funds, '万元', rng)));
	return join([rng.pick(['{W}高度重视政务公开工作，'.replace('{W}', c.v.self), '在组织保障上，', '']), join(pieces, '，'), '。']);
}

export function serviceSentence(c: Ctx): Frag | undefined {
	const { rng, f } = c;
	const pieces: Piece[] = [];
	if (rng.chance(0.35)) {
		pieces.push(withChannel(c, rng.pick(P.READING_ROOMS), 'reading_room', exact(f.readingRooms, '个', rng), 'facility.reading_rooms'));
		if (rng.chance(0.5)) pieces.push(sayNumber(rng, P.VISITORS, c.v, 'facility.visitors', written(f.visitors, '人次', rng, c.fuzz)));
	}
	if (rng.chance(0.3)) pieces.push((pieces.length ? '，' : ''), sayNumber(rng, P.CONSULTS, c.v, 'consult.total', written(f.consults, '人次', rng, c.fuzz)));
	if (rng.chance(0.15)) pieces.push((pieces.length ? '，' : ''), sayNumber(rng, P.HOTLINE, c.v, 'facility.hotline_served', written(f.hotline, '人次', rng, c.fuzz)));
	return pieces.length ? join([...pieces, '。']) : undefined;
}

export function responseSentence(c: Ctx): Frag | undefined {
	const { rng, f } = c;
	if (f.year < 2016 || !rng.chance(0.6)) return undefined;
	const pieces: Piece[] = [];
	if (f.hotspots) pieces.push(sayNumber(rng, P.HOTSPOTS, c.v, 'response.hotspots', exact(f.hotspots, '次', rng)));
	if (f.interpretations) pieces.push(sayNumber(rng, P.INTERPRETATIONS, c.v, 'response.interpretations', exact(f.interpretations, '篇', rng)));
	else pieces.push(sayZero(rng, P.INTERPRETATIONS_ZERO, c.v, 'response.interpretations'));
	return join([rng.pick(['在回应关切方面，', '{Y}年，'.replace('{Y}', String(f.year)), '']), join(pieces, '，'), '。']);
}

const REQUEST_FAMILIES = ['apply.received/verb-noun-number', 'apply.received/verb-number-noun', 'apply.received/noun-first'];

export function applySentence(c: Ctx, received = c.f.req.received): Frag {
	const { rng, f } = c;
	if (rng.chance(GRAMMAR_SHARE) && !(f.req.online && f.req.online < received)) {
		return spoken(c, received === 0 ? 'apply.received/zero' : rng.pick(REQUEST_FAMILIES), received || undefined, { end: ['。'] });
	}
	if (received === 0) return sayZero(rng, P.APPLY_ZERO, c.v, 'apply.received');
	const n = exact(received, '件', rng);
	const tpl = rng.pick(P.APPLY_SOME);
	if (f.req.online && f.req.online < received && rng.chance(0.4)) {
		const [head, tail] = [tpl.slice(0, tpl.indexOf(']') + 1), tpl.slice(tpl.indexOf(']') + 1)];
		const online = sayNumber(rng, P.APPLY_ONLINE, c.v, 'apply.online', exact(f.req.online, '件', rng));
		return join([say(head, c.v, n, { indicator: 'apply.received', value: n.value, qualifier: 'exact' }), online, say(tail, c.v, undefined)]);
	}
	return say(tpl, c.v, n, { indicator: 'apply.received', value: n.value, qualifier: 'exact' });
}

export function feeSentence(c: Ctx, edition2021 = false): Frag {
	return sayZero(c.rng, edition2021 ? P.FEE_ZERO_2021 : P.FEE_ZERO, c.v, 'fee.amount');
}

export function appealsSentence(c: Ctx, withComplaints: boolean): Frag {
	const { rng, f } = c;
	const reviews = f.review.upheld + f.review.corrected + f.review.other + f.review.pending;
	const suits = f.suits.direct + f.suits.afterReview;
	const complaint = withComplaints && f.complaints === 0 && rng.chance(0.5) ? sayZero(rng, P.COMPLAINT_ZERO, c.v, 'complaint.total') : undefined;
	if (!reviews && !suits && rng.chance(0.6)) {
		const both = rng.chance(GRAMMAR_SHARE)
			? spoken(c, 'review+litigation/zero', undefined, { appeal: ['行政复议、行政诉讼', '行政复议和行政诉讼', '复议、诉讼'], end: ['。'] })
			: sayZero(rng, P.APPEALS_ZERO, c.v, 'review.total', 'litigation.total');
		return join([both, complaint ?? '']);
	}
	const review = reviews
		? sayNumber(rng, P.REVIEW_SOME, c.v, 'review.total', exact(reviews, '件', rng))
		: sayZero(rng, P.REVIEW_ZERO, c.v, 'review.total');
	const suit = suits
		? sayNumber(rng, P.LITIGATION_SOME, c.v, 'litigation.total', exact(suits, '件', rng))
		: sayZero(rng, P.LITIGATION_ZERO, c.v, 'litigation.total');
	return join([review, suit, complaint ?? '']);
}

