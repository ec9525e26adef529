// A one-line progress bar on stderr, only when stderr is a terminal (logs and pipes stay clean).

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) | undefined {
	if (!stream.isTTY) return undefined;
	let lastDrawn = 0;
	return (done, total) => {
		const now = Date.now();
		if (done < total && now - lastDrawn < 100) return;
		lastDrawn = now;
		const width = 30;
		const filled = total === 0 ? width : Math.round((done / total) * width);
		stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
		if (done === total) stream.write('\n');
	};
}
