// After `vite build`: a .br and a .gz beside every compressible file of build/, so the server can
// send 6 MB instead of the 34 MB wasm. Brotli at quality 9, 6 above 1 MB (quality 11 takes two
// minutes per wasm for 15 % less, 9 three times as long as 6 for 4 % less); results are cached by
// content hash, so rebuilding with the same DuckDB costs nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIR = process.argv[2] ?? 'build';
const CACHE = 'node_modules/.cache/townlens-precompress';
const COMPRESSIBLE = /\.(html|js|mjs|css|json|csv|txt|svg|wasm|map)$/;
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.test(entry.name) && statSync(path).size >= MIN_BYTES) yield path;
	}
}

function cached(key: string, make: () => Buffer): Buffer {
	const path = join(CACHE, key);
	if (existsSync(path)) return readFileSync(path);
	const out = make();
	writeFileSync(path, out);
	return out;
}

const started = performance.now();
mkdirSync(CACHE, { recursive: true });
let count = 0;
let before = 0;
let after = 0;
for (const path of files(DIR)) {
	const data = readFileSync(path);
	const hash = createHash('sha256').update(data).digest('hex');
	const br = cached(`${hash}.br`, () =>
		brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: data.length > 1e6 ? 6 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
	);
	const gz = cached(`${hash}.gz`, () => gzipSync(data, { level: 9 }));
	writeFileSync(`${path}.br`, br);
	writeFileSync(`${path}.gz`, gz);
	count++;
	before += data.length;
	after += br.length;
}
const mb = (n: number) => (n / 1e6).toFixed(1);
console.log(`precompress: ${count} files, ${mb(before)} MB → ${mb(after)} MB brotli, ${((performance.now() - started) / 1000).toFixed(1)} s`);
