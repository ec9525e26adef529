// A small SQL tokenizer for the console's allow-list: enough of DuckDB's lexical grammar to tell
// words from string literals, quoted identifiers and comments, so a refused word inside a string or
// a comment is not refused, and one hidden in neither is always seen. Linear in the text length.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct' | 'op';

export interface Token {
	kind: TokenKind;
	/** words upper-cased; quoted identifiers and strings without their quotes */
	text: string;
	/** offset of the token's first character in the statement */
	at: number;
}

export type Lexed = { ok: true; tokens: Token[] } | { ok: false; why: 'unterminated_string' | 'unterminated_comment' | 'unterminated_identifier'; at: number };

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\u3000';
const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;

/** The end (exclusive) of a block comment starting at i ('/*'); nested comments nest, as in DuckDB. */
function blockEnd(s: string, i: number): number {
	let depth = 0;
	for (let k = i; k < s.length - 1; k++) {
		if (s[k] === '/' && s[k + 1] === '*') {
			depth++;
			k++;
		} else if (s[k] === '*' && s[k + 1] === '/') {
			depth--;
			k++;
			if (depth === 0) return k + 1;
		}
	}
	return -1;
}

/** The end of a quoted run opened at i by `q`; a doubled quote is the quote itself; `backslash`: \x escapes too. */
function quotedEnd(s: string, i: number, q: string, backslash: boolean): number {
	for (let k = i + 1; k < s.length; k++) {
		if (backslash && s[k] === '\\') k++;
		else if (s[k] === q) {
			if (s[k + 1] === q) k++;
			else return k + 1;
		}
	}
	return -1;
}

export function tokenize(s: string): Lexed {
	const tokens: Token[] = [];
	let i = 0;
	while (i < s.length) {
		const c = s[i];
		if (isSpace(c)) {
			i++;
		} else if (c === '-' && s[i + 1] === '-') {
			const nl = s.indexOf('\n', i);
			i = nl === -1 ? s.length : nl + 1;
		} else if (c === '/' && s[i + 1] === '*') {
			const end = blockEnd(s, i);
			if (end === -1) return { ok: false, why: 'unterminated_comment', at: i };
			i = end;
		} else if (c === "'" || ((c === 'E' || c === 'e') && s[i + 1] === "'")) {
			const open = c === "'" ? i : i + 1;
			const end = quotedEnd(s, open, "'", c !== "'");
			if (end === -1) return { ok: false, why: 'unterminated_string', at: i };
			tokens.push({ kind: 'string', text: s.slice(open + 1, end - 1).replaceAll("''", "'"), at: i });
			i = end;
		} else if (c === '"') {
			const end = quotedEnd(s, i, '"', false);
			if (end === -1) return { ok: false, why: 'unterminated_identifier', at: i };
			tokens.push({ kind: 'quoted', text: s.slice(i + 1, end - 1).replaceAll('""', '"'), at: i });
			i = end;
		} else if (c === '$') {
			// $1 parameter, or a dollar-quoted string $tag$ … $tag$
			const tag = /^\$([\p{L}_][\p{L}\p{N}_]*)?\$/u.exec(s.slice(i, i + 64));
			if (tag) {
				const close = s.indexOf(tag[0], i + tag[0].length);
				if (close === -1) return { ok: false, why: 'unterminated_string', at: i };
				tokens.push({ kind: 'string', text: s.slice(i + tag[0].length, close), at: i });
				i = close + tag[0].length;
			} else {
				let k = i + 1;
				while (k < s.length && /[0-9]/.test(s[k])) k++;
				tokens.push({ kind: 'param', text: s.slice(i, k), at: i });
				i = Math.max(k, i + 1);
			}
		} else if (WORD_START.test(c)) {
			let k = i + 1;
			while (k < s.length && WORD_PART.test(s[k])) k++;
			tokens.push({ kind: 'word', text: s.slice(i, k).toUpperCase(), at: i });
			i = k;
		} else if (/[0-9.]/.test(c) && (c !== '.' || /[0-9]/.test(s[i + 1] ?? ''))) {
			const m = /^(?:0[xX][0-9a-fA-F_]+|[0-9_]*\.?[0-9_]+(?:[eE][+-]?[0-9]+)?)/.exec(s.slice(i, i + 400));
			const len = m && m[0].length > 0 ? m[0].length : 1;
			tokens.push({ kind: 'number', text: s.slice(i, i + len), at: i });
			i += len;
		} else if ('(),;[]{}'.includes(c)) {
			tokens.push({ kind: 'punct', text: c, at: i });
			i++;
		} else {
			tokens.push({ kind: 'op', text: c, at: i });
			i++;
		}
	}
	return { ok: true, tokens };
}
