// The site benchmark's server: scripts/serve.ts on build output, started as node itself (not npx),
// so killing it stops the server and no grandchild keeps the port.
import { spawn } from 'node:child_process';

export async function startServer(port: number, site: string, extra: string[] = []): Promise<() => void> {
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', site, '--port', String(port), ...extra], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(origin)).ok) return () => child.kill();
		} catch (e) {
			if (i % 20 === 19) console.error('waiting for the server:', (e as { cause?: { code?: string } }).cause?.code ?? e);
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	child.kill();
	throw new Error('server did not start');
}
