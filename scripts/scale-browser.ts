// `npm run data:scale:browser [-- --dir static/data/scale]`: the DuckDB database files the browser
// reads the national dataset from (src/lib/server/scale-files.ts), made again from the Parquet that
// `npm run data:scale` wrote (which makes them too). DuckDB-WASM reads its own files, Parquet not
// without an extension from the internet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeBrowserFiles } from '../src/lib/server/scale-files';

const i = process.argv.indexOf('--dir');
const dir = i > 0 && process.argv[i + 1] ? process.argv[i + 1] : 'static/data/scale';
if (!existsSync(join(dir, 'manifest.json'))) {
	console.error(`${dir}/manifest.json 不存在：请先运行 npm run data:scale / ${dir}/manifest.json not found: run npm run data:scale first`);
	process.exit(2);
}
const started = performance.now();
const index = await writeBrowserFiles(dir, dir, (what) => console.log(`  ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`));
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const range = (sizes: number[]) => `${mb(Math.min(...sizes))}–${mb(Math.max(...sizes))}`;
const provinces = Object.values(index.provinces);
console.log(
	`完成 / done: first view ${mb(index.first)}; ${provinces.length} provinces ${range(provinces.map((p) => p.bytes))} ` +
		`(+ detail ${range(provinces.map((p) => p.detail))}); ${Object.keys(index.town_values).length} indicators × years ` +
		`${range(Object.values(index.town_values).flatMap((y) => Object.values(y)))}; ${((performance.now() - started) / 1000).toFixed(1)} s`
);
