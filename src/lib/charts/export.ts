// Downloads: CSV with a UTF-8 BOM (so WPS/Excel read the Chinese) and formula-safe cells, file
// names that say what they hold, and the browser's download trigger.
import { safeCell } from '$lib/contract/csv-cell';
import type { CsvModel } from './frame';

const BOM = '\uFEFF';

function csvCell(v: unknown): string {
	const s = safeCell(v === null || v === undefined ? '' : String(v));
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Every CSV the browser hands a person: BOM, CRLF, cells a spreadsheet would run as formulas neutralised. */
export function toCsv(m: CsvModel): string {
	return BOM + [m.header, ...m.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** e.g. "active.total-楸川县-2014-2025"; safe in every file system. */
export function fileStem(parts: (string | number | undefined)[]): string {
	return parts
		.filter((p) => p !== undefined)
		.map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^[.]+/, ''))
		.filter((p) => p !== '')
		.join('-')
		.slice(0, 120);
}

/** Triggers a browser download of `data` (a data: URL or a Blob). */
export function download(name: string, data: string | Blob): void {
	const url = typeof data === 'string' ? data : URL.createObjectURL(data);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** An SVG document drawn onto a canvas, as a PNG data URL (2× for print); system fonts only. */
export async function svgToPng(svg: string, width: number, height: number): Promise<string> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * 2;
		canvas.height = height * 2;
		const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
		ctx.scale(2, 2);
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, width, height);
		ctx.drawImage(img, 0, 0, width, height);
		return canvas.toDataURL('image/png');
	} finally {
		URL.revokeObjectURL(url);
	}
}
