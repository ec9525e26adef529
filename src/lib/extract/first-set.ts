// The characters a match of a regex can open with, read from its source: a superset, or null
// when the pattern can match an empty string, may open with any character, or uses syntax this
// reader does not know (then scan.ts leaves the regex to the engine). Code units, as regexes
// without the u flag see them.

/** Sorted, disjoint [lo, hi] code-unit ranges; null stands for "any character". */
type Ranges = Array<[number, number]> | null;

interface First {
	first: Ranges;
	nullable: boolean;
	/** every match opens with a literal character the engine can look for itself */
	literal: boolean;
}

class Unknown extends Error {}

/** zero-width items: lookaheads (which constrain the opening), other lookarounds, anchors */
type Look = 'ahead' | 'other' | 'anchor';

const DIGITS: Array<[number, number]> = [[0x30, 0x39]];
const WORD: Array<[number, number]> = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
// what \s matches (ECMAScript WhiteSpace and LineTerminator)
const SPACES: Array<[number, number]> = [
	[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
	[0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]
];
const CONTROL: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, '0': 0 };

function union(a: Ranges, b: Ranges): Ranges {
	if (a === null || b === null) return null;
	const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
	const out: Array<[number, number]> = [];
	for (const [lo, hi] of all) {
		const last = out[out.length - 1];
		if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
		else out.push([lo, hi]);
	}
	return out;
}

function intersect(a: Ranges, b: Ranges): Ranges {
	if (a === null) return b;
	if (b === null) return a;
	const out: Array<[number, number]> = [];
	for (const [alo, ahi] of a) for (const [blo, bhi] of b) if (Math.max(alo, blo) <= Math.min(ahi, bhi)) out.push([Math.max(alo, blo), Math.min(ahi, bhi)]);
	return union(out, []);
}

class Reader {
	i = 0;
	constructor(readonly src: string) {}

	/** An escape's character set (after the backslash); null for the negated classes. */
	escape(inClass: boolean): Ranges {
		const c = this.src[this.i++];
		if (c === undefined) throw new Unknown();
		if (c === 'd') return DIGITS;
		if (c === 'w') return WORD;
		if (c === 's') return SPACES;
		if (c === 'D' || c === 'W' || c === 'S') return null;
		if (c in CONTROL && !(c === '0' && /\d/.test(this.src[this.i] ?? ''))) return [[CONTROL[c], CONTROL[c]]];
		if (c === 'u' || c === 'x') {
			const hex = this.src.slice(this.i, this.i + (c === 'u' ? 4 : 2));
			if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== (c === 'u' ? 4 : 2)) throw new Unknown();
			this.i += hex.length;
			const code = parseInt(hex, 16);
			return [[code, code]];
		}
		// back-references, \b \B, \c, \k, \p: not read (\b in a class is a backspace: not read either)
		if (/[0-9bBckpP]/.test(c) || (!inClass && /[a-zA-Z]/.test(c))) throw new Unknown();
		return [[c.charCodeAt(0), c.charCodeAt(0)]];
	}

	/** A class after its '[': the set it matches, null when negated. */
	charClass(): Ranges {
		let negated = false;
		if (this.src[this.i] === '^') (negated = true), this.i++;
		let set: Ranges = [];
		while (this.src[this.i] !== ']') {
			if (this.i >= this.src.length) throw new Unknown();
			const lo = this.classAtom();
			if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && lo !== null && lo.length === 1 && lo[0][0] === lo[0][1]) {
				this.i++;
				const hi = this.classAtom();
				if (hi === null || hi.length !== 1 || hi[0][0] !== hi[0][1] || hi[0][0] < lo[0][0]) throw new Unknown();
				set = union(set, [[lo[0][0], hi[0][0]]]);
			} else set = union(set, lo);
		}
		this.i++;
		return negated ? null : set;
	}

	classAtom(): Ranges {
		const c = this.src[this.i++];
		if (c === '\\') return this.escape(true);
		return [[c.charCodeAt(0), c.charCodeAt(0)]];
	}

	/** Alternatives up to ')' or the end. */
	alternation(): First {
		let first: Ranges = [];
		let nullable = false;
		let literal = true;
		for (;;) {
			const seq = this.sequence();
			first = union(first, seq.first);
			nullable ||= seq.nullable;
			literal &&= seq.literal;
			if (this.src[this.i] !== '|') return { first, nullable, literal };
			this.i++;
		}
	}

	sequence(): First {
		let first: Ranges = [];
		let nullable = true;
		let literal = true;
		// a lookahead seen before anything that consumes text constrains the opening character itself
		let zeroWidth = true;
		let constraint: Ranges = null;
		while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
			const atom = this.atom();
			const item = this.quantified(atom);
			if (atom.look === 'ahead' && zeroWidth && !atom.nullable) constraint = intersect(constraint, atom.first);
			if (atom.look !== undefined) {
				if (nullable && atom.look !== 'anchor') literal = false;
				continue;
			}
			if (nullable) (first = union(first, item.first)), (literal &&= item.literal);
			nullable &&= item.nullable;
			zeroWidth &&= false;
			// the opening is settled once an item must consume a character: the rest of the
			// sequence (a rule's gap, number and unit — most of its source) is skipped, not read
			if (!nullable) this.skipSequence();
		}
		if (constraint === null) return { first, nullable, literal };
		// a positive lookahead needs a character at the opening: the match cannot be empty there
		return { first: nullable ? constraint : intersect(first, constraint), nullable: false, literal: false };
	}

	/** To the end of the current sequence: the next '|' or ')' outside groups and classes. */
	skipSequence(): void {
		let depth = 0;
		while (this.i < this.src.length) {
			const c = this.src[this.i];
			if (c === '[') {
				this.skipClass();
				continue;
			}
			if ((c === ')' || c === '|') && depth === 0) return;
			if (c === '(') depth++;
			else if (c === ')') depth--;
			this.i += c === '\\' ? 2 : 1;
		}
	}

	/** Past a class from its '[', as charClass reads one. */
	skipClass(): void {
		this.i++;
		while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
		this.i++;
	}

	/** Applies a quantifier after an atom, if any. */
	quantified(atom: First & { look?: string }): First {
		const c = this.src[this.i];
		let min = 1;
		if (c === '?' || c === '*') (min = 0), this.i++;
		else if (c === '+') this.i++;
		else if (c === '{') {
			const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
			if (!m) throw new Unknown();
			min = Number(m[1]);
			this.i += m[0].length;
		} else return atom;
		if (this.src[this.i] === '?') this.i++; // lazy
		if (atom.look !== undefined) throw new Unknown();
		return { first: atom.first, nullable: atom.nullable || min === 0, literal: atom.literal };
	}

	atom(): First & { look?: Look } {
		const c = this.src[this.i++];
		if (c === '^' || c === '$') return { first: [], nullable: true, literal: true, look: 'anchor' };
		if (c === '.') return { first: null, nullable: false, literal: false };
		if (c === '[') return { first: this.charClass(), nullable: false, literal: false };
		if (c === '\\') {
			if (this.src[this.i] === 'b' || this.src[this.i] === 'B') return (this.i++, { first: [], nullable: true, literal: true, look: 'anchor' });
			const set = this.escape(false);
			return { first: set, nullable: false, literal: set !== null && set.length === 1 && set[0][0] === set[0][1] };
		}
		if (c === '(') return this.group();
		if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Unknown();
		return { first: [[c.charCodeAt(0), c.charCodeAt(0)]], nullable: false, literal: true };
	}

	group(): First & { look?: Look } {
		let look: Look | undefined;
		if (this.src[this.i] === '?') {
			const kind = this.src.slice(this.i, this.i + 3);
			if (kind.startsWith('?:')) this.i += 2;
			else if (kind.startsWith('?=')) (this.i += 2), (look = 'ahead');
			else if (kind.startsWith('?!') || kind === '?<=' || kind === '?<!') (this.i += kind.startsWith('?!') ? 2 : 3), (look = 'other');
			else if (kind.startsWith('?<')) {
				const end = this.src.indexOf('>', this.i);
				if (end < 0) throw new Unknown();
				this.i = end + 1;
			} else throw new Unknown();
		}
		const inner = this.alternation();
		if (this.src[this.i++] !== ')') throw new Unknown();
		if (look === 'other') return { first: [], nullable: true, literal: false, look };
		return look ? { ...inner, look } : inner;
	}
}

/** The opening characters of a pattern's matches, or null when no such set can be relied on. */
export function firstSet(source: string, flags = ''): { first: Array<[number, number]>; literal: boolean } | null {
	// case folding, code points (u, v) and dotAll are not modelled
	if (/[iuvs]/.test(flags)) return null;
	try {
		const r = new Reader(source);
		const { first, nullable, literal } = r.alternation();
		if (r.i !== source.length || nullable || first === null) return null;
		return { first, literal };
	} catch (e) {
		if (e instanceof Unknown) return null;
		throw e;
	}
}

const TABLES = new Map<string, Uint8Array>();

/** firstSet as a lookup table over all code units (shared between regexes with the same set), when worth scanning. */
export function firstTable(source: string, flags = ''): Uint8Array | null {
	const found = firstSet(source, flags);
	// irregexp finds literal openings itself, faster than a JS loop can (about 1 ns a character);
	// it is slow only on openings hidden behind classes and lookarounds
	if (found === null || found.literal) return null;
	const set = found.first;
	const key = set.map(([lo, hi]) => `${lo}-${hi}`).join(',');
	let table = TABLES.get(key);
	if (!table) {
		table = new Uint8Array(0x10000);
		for (const [lo, hi] of set) table.fill(1, lo, hi + 1);
		TABLES.set(key, table);
	}
	return table;
}
