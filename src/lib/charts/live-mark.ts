// The moment a view first shows numbers from the live query (not the build's), as a performance
// mark: the site benchmark (scripts/bench-site) measures "first live chart" by it.
export const LIVE_MARK = 'townlens:live-chart';

/** Marks once per `seen` flag holder: call it when the live numbers are on screen. */
export function markLive(seen: { marked: boolean }): void {
	if (seen.marked) return;
	seen.marked = true;
	performance.mark(LIVE_MARK);
}
