// RFC 4180 CSV: quote fields holding commas, quotes or line breaks.
export function csvField(v: string | number): string {
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(fields: readonly (string | number)[]): string {
	return fields.map(csvField).join(',') + '\n';
}
