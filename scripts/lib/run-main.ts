// How a CLI script ends: its main's number is the exit code; an error thrown out of it is printed
// (in both languages when `stopped` is given) and exits `failCode`, so a scheduler sees the failure.
export function runMain(main: () => Promise<number>, failCode = 1, stopped?: string): void {
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			const message = error instanceof Error ? error.message : String(error);
			console.error(stopped ? `${stopped}: ${message}` : message);
			process.exitCode = failCode;
		}
	);
}
