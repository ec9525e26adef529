// The SQL console's allow-list, checked before any text reaches DuckDB: one SELECT / WITH /
// DESCRIBE / SUMMARIZE statement (or DuckDB's FROM-first SELECT), nothing that writes, attaches,
// installs, loads or changes settings, and nothing that reads files or URLs (read_csv, read_text,
// … or a quoted path as a table). Words inside strings, quoted identifiers and comments are data,
// not SQL, so they never trigger a refusal — and a keyword outside them is always seen.
import { tokenize, type Token } from './tokens';

/** Longer statements are refused unread (1 MB of SQL is an accident or an attack, not a query). */
export const MAX_SQL_CHARS = 100_000;

const LEADING = new Set(['SELECT', 'WITH', 'DESCRIBE', 'SUMMARIZE', 'FROM']);

/** Statement keywords that change something, reach outside, or run other SQL: refused anywhere. */
const REFUSED_WORDS = new Set([
	'ATTACH', 'DETACH', 'COPY', 'INSTALL', 'LOAD', 'FORCE', 'SET', 'RESET', 'PRAGMA', 'CREATE', 'INSERT', 'UPDATE', 'DELETE', 'DROP',
	'ALTER', 'EXPORT', 'IMPORT', 'CALL', 'USE', 'CHECKPOINT', 'VACUUM', 'BEGIN', 'COMMIT', 'ROLLBACK', 'ABORT', 'TRUNCATE', 'MERGE',
	'GRANT', 'REVOKE', 'EXECUTE', 'PREPARE', 'DEALLOCATE', 'COMMENT', 'ANALYZE', 'SECRET', 'UPSERT'
]);

/** Functions that read files or URLs, run SQL given as text, or touch the database file. */
const REFUSED_FUNCTION = /^(read_.*|.*_scan|scan_.*|parquet_.*|sniff_csv|glob|query|query_table|iceberg_.*|delta_.*|sqlite_.*|postgres_.*|mysql_.*|st_read.*|http_.*|load_.*|checkpoint|force_checkpoint|json_execute_serialized_sql|getenv|duckdb_secrets|which_secret)$/i;

/** After these a table is expected: a quoted text there is a file or URL (DuckDB's replacement scan). */
const TABLE_POSITION = new Set(['FROM', 'JOIN', 'DESCRIBE', 'SUMMARIZE', 'LATERAL', 'ONLY', 'TABLE', 'PIVOT', 'UNPIVOT', 'PIVOT_WIDER', 'PIVOT_LONGER']);
/** These end a FROM list at their depth. */
const CLAUSE_END = new Set(['WHERE', 'GROUP', 'ORDER', 'HAVING', 'QUALIFY', 'WINDOW', 'LIMIT', 'OFFSET', 'UNION', 'EXCEPT', 'INTERSECT', 'SELECT', 'RETURNING', 'VALUES', 'WITH', 'ON', 'USING']);

/**
 * The relations a console query may name. DuckDB reads a file or URL for any table name it cannot
 * find (a replacement scan: FROM "https://…/x.csv", FROM x.csv, PIVOT "a.parquet"), so a name in
 * table position must be one of these, a WITH name of the statement, or a system view.
 */
export const CONSOLE_TABLES = ['reports', 'vals', 'warnings', 'indicators', 'town_reports', 'towns', 'regions'] as const;
const SYSTEM_SCHEMAS = new Set(['information_schema', 'pg_catalog']);
const PLAIN = /^[a-z_][a-z0-9_]*$/;
export type Refusal =
	| { why: 'empty' }
	| { why: 'too_long'; max: number }
	| { why: 'unterminated'; what: 'string' | 'comment' | 'identifier' }
	| { why: 'unbalanced' }
	| { why: 'multiple' }
	| { why: 'not_read_only'; word: string }
	| { why: 'refused_word'; word: string }
	| { why: 'file_function'; word: string }
	| { why: 'file_literal'; word: string }
	| { why: 'unknown_table'; word: string };

export type Checked = { ok: true; kind: string; statement: string } | ({ ok: false } & Refusal);

const refuse = (r: Refusal): Checked => ({ ok: false, ...r });

/** The statement without its trailing semicolons (and what follows them: comments, blanks). */
function single(sql: string, tokens: Token[]): { statement: string; body: Token[] } | undefined {
	let end = tokens.length;
	while (end > 0 && tokens[end - 1].kind === 'punct' && tokens[end - 1].text === ';') end--;
	const body = tokens.slice(0, end);
	if (body.some((t) => t.kind === 'punct' && t.text === ';')) return undefined;
	return { statement: end < tokens.length ? sql.slice(0, tokens[end].at) : sql, body };
}

/** Names the statement defines with WITH: `name AS (`, `name(a, b) AS (`, `name AS [NOT] MATERIALIZED (`. */
function withNames(body: Token[]): Set<string> {
	const names = new Set<string>();
	for (const [k, t] of body.entries()) {
		if (!(t.kind === 'word' && t.text === 'AS')) continue;
		const next = body[k + 1];
		if (!next || !((next.kind === 'punct' && next.text === '(') || (next.kind === 'word' && (next.text === 'MATERIALIZED' || next.text === 'NOT')))) continue;
		let j = k - 1;
		if (body[j]?.kind === 'punct' && body[j].text === ')') {
			let depth = 0;
			for (; j >= 0; j--) {
				if (body[j].kind === 'punct' && body[j].text === ')') depth++;
				if (body[j].kind === 'punct' && body[j].text === '(' && --depth === 0) break;
			}
			j--;
		}
		const name = body[j];
		if (name && (name.kind === 'word' || name.kind === 'quoted')) names.add(name.text.toLowerCase());
	}
	return names;
}

/** A table reference `a`, `s.a` or `db.s.a` the console allows (see CONSOLE_TABLES). */
function knownRelation(parts: string[], ctes: Set<string>): boolean {
	const p = parts.map((x) => x.toLowerCase());
	if (!p.every((x) => PLAIN.test(x))) return false;
	const name = p[p.length - 1];
	if (p.length === 1) return ctes.has(name) || (CONSOLE_TABLES as readonly string[]).includes(name) || /^duckdb_[a-z_]+$/.test(name);
	const schema = p[p.length - 2];
	if (p.length === 3 && !['memory', 'system', 'temp'].includes(p[0])) return false;
	if (SYSTEM_SCHEMAS.has(schema)) return true;
	return (schema === 'main' || /^ds_[a-z0-9_]+$/.test(schema)) && ((CONSOLE_TABLES as readonly string[]).includes(name) || /^duckdb_[a-z_]+$/.test(name));
}

/**
 * What stands where a table is expected, at any depth: a quoted text (a file or URL) or a name
 * that is no known relation is refused; subqueries and table functions (checked by name) pass.
 */
function tableRefusal(body: Token[]): Refusal | undefined {
	const ctes = withNames(body);
	const inFrom: boolean[] = [false];
	let expectTable = false;
	for (let k = 0; k < body.length; k++) {
		const t = body[k];
		const d = inFrom.length - 1;
		const keyword = t.kind === 'word' && (TABLE_POSITION.has(t.text) || CLAUSE_END.has(t.text));
		if (expectTable && t.kind === 'string') return { why: 'file_literal', word: t.text };
		if (expectTable && !keyword && (t.kind === 'word' || t.kind === 'quoted')) {
			const parts = [t.text];
			while (body[k + 1]?.kind === 'op' && body[k + 1].text === '.' && (body[k + 2]?.kind === 'word' || body[k + 2]?.kind === 'quoted')) {
				parts.push(body[k + 2].text);
				k += 2;
			}
			const called = body[k + 1]?.kind === 'punct' && body[k + 1].text === '(';
			if (!called && !knownRelation(parts, ctes)) return { why: 'unknown_table', word: parts.join('.') };
			expectTable = false;
			continue;
		}
		if (t.kind === 'punct' && t.text === '(') {
			inFrom.push(false);
			expectTable = false;
		} else if (t.kind === 'punct' && t.text === ')') {
			if (inFrom.length > 1) inFrom.pop();
			expectTable = false;
		} else if (t.kind === 'word' && TABLE_POSITION.has(t.text)) {
			inFrom[d] = true;
			expectTable = true;
		} else if (t.kind === 'word' && CLAUSE_END.has(t.text) && t.text !== 'ON' && t.text !== 'USING') {
			inFrom[d] = false;
			expectTable = false;
		} else if (t.kind === 'punct' && t.text === ',') {
			expectTable = inFrom[d];
		} else {
			expectTable = false;
		}
	}
	return undefined;
}

export function checkSql(sql: string): Checked {
	if (sql.length > MAX_SQL_CHARS) return refuse({ why: 'too_long', max: MAX_SQL_CHARS });
	const lexed = tokenize(sql);
	if (!lexed.ok) return refuse({ why: 'unterminated', what: lexed.why.replace('unterminated_', '') as 'string' | 'comment' | 'identifier' });
	const one = single(sql, lexed.tokens);
	if (!one) return refuse({ why: 'multiple' });
	const { body } = one;
	if (body.length === 0) return refuse({ why: 'empty' });
	let depth = 0;
	for (const t of body) {
		if (t.kind === 'punct' && t.text === '(') depth++;
		if (t.kind === 'punct' && t.text === ')') depth--;
		if (depth < 0) return refuse({ why: 'unbalanced' });
	}
	if (depth !== 0) return refuse({ why: 'unbalanced' });
	const first = body.find((t) => !(t.kind === 'punct' && t.text === '('));
	if (!first || first.kind !== 'word' || !LEADING.has(first.text)) return refuse({ why: 'not_read_only', word: first?.text ?? '' });
	for (const [k, t] of body.entries()) {
		if (t.kind === 'word' && REFUSED_WORDS.has(t.text)) return refuse({ why: 'refused_word', word: t.text });
		const next = body[k + 1];
		const called = next?.kind === 'punct' && next.text === '(';
		if (called && (t.kind === 'word' || t.kind === 'quoted') && REFUSED_FUNCTION.test(t.text)) {
			return refuse({ why: 'file_function', word: t.text.toLowerCase() });
		}
	}
	const table = tableRefusal(body);
	if (table) return refuse(table);
	return { ok: true, kind: first.text, statement: one.statement };
}
