// What happened in a town in a year: the numbers behind its report. Dynamics, not noise: output
// grows with the years and with diligence, channels rise and fade on each town's own schedule,
// requests are rare and bursty, appeals rarer still.
import type { Rng } from './prng';
import type { Town } from './towns';
import { apportion, townSize } from './util';
import { requestsFor } from './requests';

export type Channel = 'website' | 'platform' | 'wechat' | 'weibo' | 'gazette' | 'bulletin' | 'new_media' | 'other';
export type Topic = 'policy' | 'news' | 'personnel' | 'services' | 'fiscal' | 'planning' | 'other';

export interface Requests {
	received: number; carriedOver: number; carriedForward: number;
	inPerson: number; fax: number; online: number; letter: number; otherForm: number;
	byPerson: number; byBusiness: number; byOtherOrg: number;
	onTime: number; extended: number;
	granted: number; partial: number; alreadyPublic: number; refusedSecret: number; refusedLaw: number;
	refusedThirdParty: number; notHeld: number; notThisAgency: number; clarify: number; notProcessed: number; other: number;
}

export interface YearFacts {
	year: number;
	active: number;
	normativeDocs: number;
	normativeIssued: number;
	channels: Record<Channel, number>;
	topics: Record<Topic, number>;
	hotspots: number; pressConferences: number; interviews: number; interpretations: number; socialResponses: number; otherResponses: number;
	req: Requests;
	review: { upheld: number; corrected: number; other: number; pending: number };
	suits: { direct: number; afterReview: number; upheld: number; pending: number };
	complaints: number;
	staffFull: number; staffPart: number; funds: number; meetings: number; trainings: number; trainees: number;
	readingRooms: number; visitors: number; consults: number; wechatFollowers: number; hotline: number;
	gazetteIssues: number; gazetteCopies: number;
	rules: { normIssued: number; normRepealed: number; normValid: number; licensing: number; punishment: number; coercion: number; fees: number };
}

function channelWeights(t: Town, y: number, rng: Rng): Record<Channel, number> {
	const since = (from: number) => (y >= from ? Math.min(1, 0.25 + 0.15 * (y - from)) : 0);
	const weiboLive = t.weiboFrom && y >= t.weiboFrom && y <= t.weiboTo ? 0.25 * (1 - (y - t.weiboFrom) / 10) : 0;
	return {
		website: y >= 2019 ? 0.6 : 1.2,
		platform: since(t.platformFrom) * 1.6,
		wechat: since(t.wechatFrom) * (0.5 + t.diligence),
		weibo: Math.max(0, weiboLive),
		gazette: t.gazetteTo && y <= t.gazetteTo ? 0.25 * Math.max(0.2, 1 - (y - 2012) / 8) : 0,
		bulletin: 0.35 + 0.3 * rng.next(),
		new_media: since(t.newMediaFrom) * 0.4,
		other: 0.1 * rng.next()
	};
}

function activeTotal(t: Town, y: number, rng: Rng): number {
	const growth = Math.pow(1.09, y - 2014) * (y >= 2019 ? 1.25 : 1);
	const base = 25 + 160 * townSize(t, y) * t.diligence * t.diligence * 1.6;
	return Math.max(6, Math.round(base * growth * (0.85 + 0.3 * rng.next())));
}

function topics(active: number, rng: Rng): Record<Topic, number> {
	return apportion(active, {
		policy: 0.08 + 0.05 * rng.next(), news: 0.35 + 0.2 * rng.next(), personnel: 0.03 + 0.03 * rng.next(),
		services: 0.15 + 0.1 * rng.next(), fiscal: 0.04 + 0.04 * rng.next(), planning: 0.03 + 0.03 * rng.next(),
		other: 0.1 + 0.1 * rng.next()
	});
}


function appeals(req: Requests, y: number, rng: Rng) {
	const exposed = req.received > 0;
	const reviews = exposed && rng.chance(0.12) ? rng.int(1, 2) : 0;
	const suits = exposed && rng.chance(0.05) ? 1 : 0;
	const pending = reviews && rng.chance(0.2) ? 1 : 0;
	const upheld = reviews - pending;
	return {
		review: { upheld: Math.max(0, upheld - (upheld > 1 ? 1 : 0)), corrected: upheld > 1 ? 1 : 0, other: 0, pending },
		suits: { direct: suits, afterReview: 0, upheld: suits && rng.chance(0.6) ? suits : 0, pending: 0 },
		complaints: y < 2019 && rng.chance(0.02) ? 1 : 0
	};
}

function capacity(t: Town, y: number, rng: Rng) {
	const staffFull = rng.chance(0.3 + 0.4 * t.diligence) ? 1 : 0;
	const trainings = rng.int(0, 1 + Math.round(2 * t.diligence));
	return {
		staffFull, staffPart: rng.int(staffFull ? 0 : 1, 3),
		funds: rng.chance(0.5) ? 0 : rng.pick([0.5, 1, 1, 1.5, 2, 3]),
		meetings: rng.int(1, 2 + Math.round(4 * t.diligence)),
		trainings, trainees: trainings ? rng.int(6, 25) * trainings : 0,
		readingRooms: rng.int(1, 2),
		visitors: Math.round(rng.int(20, 200) * townSize(t, y)),
		consults: rng.int(5, 90), hotline: rng.int(80, 900),
		wechatFollowers: y >= t.wechatFrom ? Math.round(300 * Math.pow(1.5, y - t.wechatFrom) * townSize(t, y) * (0.5 + rng.next())) : 0
	};
}

function rules(t: Town, y: number, rng: Rng) {
	const normIssued = rng.chance(0.15) ? rng.int(1, 4) : 0;
	const enforcement = y >= 2021 ? 1 : 0.3; // towns were given enforcement powers around 2021
	return {
		normIssued, normRepealed: y >= 2021 && rng.chance(0.08) ? 1 : 0, normValid: normIssued + (rng.chance(0.2) ? rng.int(1, 6) : 0),
		licensing: rng.chance(0.3) ? Math.round(rng.int(2, 60) * townSize(t, y)) : 0,
		punishment: rng.chance(0.35 * enforcement + 0.05) ? Math.round(rng.int(1, 40) * enforcement * townSize(t, y)) : 0,
		coercion: rng.chance(0.08 * enforcement) ? rng.int(1, 3) : 0,
		fees: 0
	};
}

export function factsFor(t: Town, y: number, rng: Rng, carried: number): YearFacts {
	const active = activeTotal(t, y, rng);
	const req = requestsFor(t, y, rng, carried);
	const normativeIssued = rng.chance(0.4) ? rng.int(0, 6) : 0;
	const hotspots = y >= 2016 ? rng.int(0, 2 + Math.round(4 * t.diligence)) : 0;
	return {
		year: y, active, normativeIssued,
		normativeDocs: Math.min(active, normativeIssued + rng.int(0, 8)),
		channels: apportion(Math.round(active * (0.85 + 0.15 * rng.next())), channelWeights(t, y, rng)),
		topics: topics(active, rng),
		hotspots, pressConferences: rng.chance(0.15) ? 1 : 0, interviews: rng.chance(0.08) ? 1 : 0,
		interpretations: rng.int(0, 2 + Math.round(6 * t.diligence)),
		socialResponses: y >= t.wechatFrom ? rng.int(0, hotspots) : 0, otherResponses: rng.int(0, 3),
		req, ...appeals(req, y, rng), ...capacity(t, y, rng),
		gazetteIssues: t.gazetteTo && y <= t.gazetteTo ? 12 : 0,
		gazetteCopies: t.gazetteTo && y <= t.gazetteTo ? 12 * rng.int(20, 80) : 0,
		rules: rules(t, y, rng)
	};
}
