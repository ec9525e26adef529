// How much XML mammoth will parse in a .docx, counted in tags ('<'). Mammoth spends ~5–10 µs and
// ~2 KB per tag, so 4 MB of `<w:p/>` (7 KB zipped) took 3.7 s and 1.2 GB. Its XML parser reads a
// part whatever the part's name or first bytes, so every part counts — except pictures, embedded
// objects and fonts: mammoth's text extraction never opens those, and a report full of photos
// would otherwise be refused for the '<' bytes inside its JPEGs. A part is taken for a picture only
// when relationships name it as one and nothing else does, and its name is not .xml/.rels.

export interface PartTags {
	name: string;
	tags: number;
	/** the text of a relationships part (`…/_rels/….rels`) */
	rels?: string;
}

/** Relationship types whose targets are binary and never parsed for text. */
const BINARY_TYPES = /\/(image|oleObject|package|font|obfuscatedFont|thumbnail|audio|video|media|hdphoto)$/;
const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const attribute = (tag: string, name: string): string => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)?.slice(2).find((v) => v !== undefined) ?? '';

/** `a/b/../c/./d` → `a/c/d` (zip part names are '/'-separated and relative). */
function normalisePath(path: string): string {
	const out: string[] = [];
	for (const part of path.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') out.pop();
		else out.push(part);
	}
	return out.join('/');
}

/** `word/_rels/document.xml.rels` speaks for `word/document.xml`: targets are relative to `word/`. */
function resolveTarget(relsName: string, target: string): string {
	if (target.startsWith('/')) return normalisePath(target.slice(1));
	const dir = relsName.split('/').slice(0, -2).join('/');
	return normalisePath(`${dir}/${target}`);
}

function binaryParts(parts: PartTags[]): Set<string> {
	const binary = new Set<string>();
	const textual = new Set<string>();
	for (const part of parts) {
		if (part.rels === undefined) continue;
		for (const [tag] of part.rels.matchAll(RELATIONSHIP)) {
			if (attribute(tag, 'TargetMode').toLowerCase() === 'external') continue;
			const target = resolveTarget(part.name, attribute(tag, 'Target'));
			(BINARY_TYPES.test(attribute(tag, 'Type')) ? binary : textual).add(target);
		}
	}
	for (const name of textual) binary.delete(name);
	for (const name of binary) if (/\.(xml|rels)$/i.test(name)) binary.delete(name);
	return binary;
}

export const isRelsPart = (name: string): boolean => /(^|\/)_rels\/[^/]*\.rels$/i.test(name);

/** Tags in every part mammoth may parse as XML. */
export function markupTags(parts: PartTags[]): number {
	const binary = binaryParts(parts);
	return parts.reduce((sum, part) => (binary.has(part.name) ? sum : sum + part.tags), 0);
}
