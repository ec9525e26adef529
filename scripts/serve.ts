// `npm start` (after the build) and the browser tests: serves build/ the way an intranet web server
// should — precompressed brotli/gzip when the browser accepts them, hashed assets cached for a year
// as immutable, pages and data revalidated (ETag) so a redeployed dataset is seen at once.
//   tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir build] [--raw DIR (the site benchmark's baseline page, at /__raw/)]
//     [--log FILE (one line per response: method, status, bytes sent, path; the benchmark counts a view's bytes, the DuckDB worker's too)]
//     [--mount /data/scale=DIR (serves DIR at that path instead of build/'s: the browser tests' small national dataset)]
import { createServer, type ServerResponse } from 'node:http';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dir = arg('dir', 'build');
const port = Number(arg('port', process.env.PORT ?? '4173'));
const host = arg('host', '127.0.0.1');
if (!existsSync(dir)) {
	console.error(`找不到 ${dir}：请先运行 npm run build / ${dir} not found: run npm run build first`);
	process.exit(2);
}

/** The app's own not-found page (adapter-static writes it), else a bilingual line. */
const NOT_FOUND = existsSync(`${dir}/404.html`)
	? readFileSync(`${dir}/404.html`)
	: '<!doctype html><meta charset="utf-8"><title>404</title><p>页面不存在 / Page not found</p><p><a href="/">TownLens</a></p>';

const common = { etag: true, gzip: true, brotli: true, dotfiles: false } as const;
/** Content-hashed files never change under their name. */
const immutable = sirv(dir, { ...common, maxAge: 31_536_000, immutable: true });
const revalidated = sirv(dir, {
	...common,
	setHeaders: (res: ServerResponse) => res.setHeader('Cache-Control', 'no-cache'),
	onNoMatch: (_req, res) => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(NOT_FOUND);
	}
});

const rawDir = process.argv.includes('--raw') ? arg('raw', '') : '';
const raw = rawDir ? sirv(rawDir, { ...common, dev: true }) : undefined;

const log = process.argv.includes('--log') ? arg('log', '') : '';
const mounts = process.argv
	.flatMap((a, i) => (a === '--mount' && process.argv[i + 1]?.includes('=') ? [process.argv[i + 1].split('=')] : []))
	.map(([prefix, path]) => ({ prefix: prefix.replace(/\/+$/, ''), handler: sirv(path, { ...common, dev: true }) }));

const server = createServer((req, res) => {
	if (log) res.on('finish', () => appendFileSync(log, `${req.method} ${res.statusCode} ${res.getHeader('content-length') ?? 0} ${req.url}\n`));
	const mount = mounts.find((m) => req.url?.startsWith(`${m.prefix}/`));
	if (mount) {
		req.url = req.url!.slice(mount.prefix.length);
		return mount.handler(req, res, () => revalidated(req, res));
	}
	if (raw && req.url?.startsWith('/__raw/')) {
		req.url = req.url.slice('/__raw'.length);
		return raw(req, res, () => revalidated(req, res));
	}
	const handler = req.url?.startsWith('/_app/immutable/') ? immutable : revalidated;
	handler(req, res, () => revalidated(req, res));
});
server.listen(port, host, () => console.log(`TownLens: http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
