// HTML → plain text for the extractor. No HTML library is installed, so this is a small tokenizer:
// the extractor needs line structure (one statement or table row per line), not a DOM.

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select']);
const BLOCKS = new Set([
	'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
	'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
	'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'title', 'ul', 'body', 'html', 'head'
]);

const NAMED_ENTITIES: Record<string, string> = {
	nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘',
	rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', copy: '©',
	reg: '®', yen: '¥', emsp: '\u2003', ensp: '\u2002', thinsp: '\u2009', bull: '•', laquo: '«', raquo: '»',
	deg: '°', plusmn: '±', permil: '‰', sect: '§', para: '¶', lsaquo: '‹', rsaquo: '›', shy: ''
};

/** Decodes named, decimal and hex character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
			return String.fromCodePoint(code);
		}
		const named = NAMED_ENTITIES[ref.toLowerCase()];
		return named === undefined ? whole : named;
	});
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^<>]*>|<\?[^<>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^>"'<]|"[^"]{0,1000}"|'[^']{0,1000}')*>/g;

interface Tag {
	name: string;
	closing: boolean;
}

function readTag(token: string, name: string | undefined): Tag | null {
	if (name === undefined) return null;
	return { name: name.toLowerCase(), closing: token[1] === '/' };
}

/** What a tag contributes to the text: a line break, a cell separator, or nothing. */
function separatorFor(tag: Tag): string {
	if (tag.name === 'br') return '\n';
	if (tag.name === 'td' || tag.name === 'th') return tag.closing ? '\t' : '';
	if (tag.name === 'tr') return '\n';
	return BLOCKS.has(tag.name) ? '\n' : '';
}

/** HTML collapses source whitespace; <pre> keeps it. */
function collapseText(raw: string, inPre: boolean): string {
	const decoded = decodeEntities(raw);
	return inPre ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' ');
}

function tidyLines(text: string): string {
	return text
		.split('\n')
		.map((line) => line.replace(/^[ \u00a0]+/, '').replace(/[ \t\u00a0]+$/, '').replace(/ *\t */g, '\t'))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Block boundaries merge (</p><p> is one line break); each <br> is a break of its own. */
function pushSeparator(out: string[], separator: string, always: boolean): void {
	if (separator !== '\n' || always) {
		if (separator) out.push(separator);
		return;
	}
	for (let i = out.length - 1; i >= 0; i--) {
		const piece = out[i].replace(/[ \t]+$/, '');
		if (piece === '') continue;
		if (piece.endsWith('\n')) return;
		break;
	}
	out.push('\n');
}

export function htmlToText(html: string): string {
	const out: string[] = [];
	let dropping: string | null = null;
	let preDepth = 0;
	let last = 0;
	for (const match of html.matchAll(TOKEN)) {
		const index = match.index ?? 0;
		if (dropping === null && index > last) out.push(collapseText(html.slice(last, index), preDepth > 0));
		last = index + match[0].length;
		const tag = readTag(match[0], match[1]);
		if (tag === null) continue;
		if (dropping !== null) {
			if (tag.closing && tag.name === dropping) dropping = null;
			continue;
		}
		if (DROPPED.has(tag.name) && !tag.closing && !match[0].endsWith('/>')) {
			dropping = tag.name;
			continue;
		}
		if (tag.name === 'pre') preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1));
		pushSeparator(out, separatorFor(tag), tag.name === 'br');
	}
	if (dropping === null && last < html.length) out.push(collapseText(html.slice(last), preDepth > 0));
	return tidyLines(out.join(''));
}
