// Report texts (.txt) mutated and re-encoded, through the CLI pipeline.
import { fileTarget } from '../harness';
import { baseTexts, encodeText, fuzzName, mutateText } from '../mutate';

export const target = fileTarget('text', '.txt reports: mutated, in every encoding, sometimes byte-damaged', (rng, i) => {
	const text = mutateText(rng, rng.pick(baseTexts()));
	return { name: fuzzName(rng, i, '.txt'), bytes: encodeText(rng, text).bytes };
});
