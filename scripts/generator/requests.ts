// Disclosure requests: mostly none; a few a year in bigger towns; now and then a burst (a land
// acquisition, a demolition) that brings a dozen or more, with the outcomes that follow.
import type { Rng } from './prng';
import type { Town } from './towns';
import type { Requests } from './facts';
import { apportion, townSize } from './util';

function received(t: Town, y: number, rng: Rng): number {
	if (rng.chance(0.025)) return rng.int(8, 36); // a burst
	const lambda = 0.12 * townSize(t, y) * (y >= 2019 ? 1.6 : 1);
	return rng.poisson(lambda);
}

export function requestsFor(t: Town, y: number, rng: Rng, carriedOver: number): Requests {
	const n = received(t, y, rng);
	const carriedForward = n > 0 && y >= 2019 && rng.chance(0.12) ? 1 : 0;
	const handled = n + carriedOver - carriedForward;
	const form = apportion(n, { inPerson: 0.5 + rng.next(), fax: 0.02, online: 0.3 + rng.next(), letter: 0.2 * rng.next(), otherForm: 0.05 });
	const who = apportion(n, { byPerson: 0.85 + rng.next(), byBusiness: 0.05 * rng.next(), byOtherOrg: 0.05 * rng.next() });
	const extended = n > 2 && rng.chance(0.3) ? 1 : 0;
	const out = apportion(handled, {
		granted: 0.45 + rng.next(), partial: 0.1 * rng.next(), alreadyPublic: y < 2019 ? 0.2 * rng.next() : 0,
		refusedSecret: 0.01, refusedLaw: 0.02 * rng.next(), refusedThirdParty: y >= 2019 ? 0.04 * rng.next() : 0,
		notHeld: 0.25 * rng.next(), notThisAgency: y < 2019 ? 0.15 * rng.next() : 0, clarify: 0.05 * rng.next(),
		notProcessed: y >= 2019 ? 0.1 * rng.next() : 0, other: y >= 2019 ? 0.05 * rng.next() : 0
	});
	return { received: n, carriedOver, carriedForward, ...form, ...who, onTime: n - extended, extended, ...out };
}
