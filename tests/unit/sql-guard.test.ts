// The console's allow-list: what may reach DuckDB, and what is refused before it does — by kind,
// with refused words hidden in strings, quoted names and comments left alone.
import { describe, expect, it } from 'vitest';
import { checkSql, MAX_SQL_CHARS } from '../../src/lib/db/console/guard';
import { tokenize } from '../../src/lib/db/console/tokens';

const why = (sql: string) => {
	const c = checkSql(sql);
	return c.ok ? 'ok' : c.why;
};

describe('checkSql: allowed', () => {
	it.each([
		'SELECT * FROM vals',
		'select 1',
		'WITH x AS (SELECT 1 AS a) SELECT * FROM x',
		'DESCRIBE vals',
		'SUMMARIZE reports',
		'FROM reports SELECT town',
		'(SELECT 1) UNION ALL (SELECT 2)',
		'SELECT * FROM range(5000000)',
		'SELECT count(*) FROM vals;',
		'SELECT 1;;  -- trailing comment',
		"SELECT * FROM reports WHERE source LIKE '%.txt' OR source = 'a/b.csv'",
		"DESCRIBE SELECT 'x.csv' AS f",
		'WITH t AS (SELECT 1 AS a) SELECT * FROM t JOIN t AS u USING (a)',
		'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r',
		'WITH m AS MATERIALIZED (SELECT 1) FROM m',
		'SELECT * FROM Reports r JOIN "vals" v USING (report_id) NATURAL JOIN warnings',
		'SELECT * FROM ds_demo.vals, main.indicators',
		'SELECT * FROM information_schema.tables',
		'SELECT * FROM duckdb_tables()',
		'SELECT * FROM range(3) t(x), unnest([1, 2]) AS u(y)',
		'SELECT * FROM (VALUES (1), (2)) v(a)',
		'SELECT * FROM towns WHERE town_key IN (SELECT town_key FROM town_reports, regions)'
	])('%s', (sql) => expect(why(sql)).toBe('ok'));

	it('keeps the statement without its trailing semicolons and comments', () => {
		const c = checkSql('SELECT 1 ; -- done\n');
		expect(c.ok && c.statement).toBe('SELECT 1 ');
	});
});

describe('checkSql: refused statement kinds', () => {
	it.each([
		["ATTACH 'x.db' AS x", 'not_read_only'],
		["COPY vals TO 'out.csv'", 'not_read_only'],
		['INSTALL httpfs', 'not_read_only'],
		['LOAD httpfs', 'not_read_only'],
		['SET threads = 1', 'not_read_only'],
		['PRAGMA version', 'not_read_only'],
		['CREATE TABLE t AS SELECT 1', 'not_read_only'],
		['INSERT INTO vals VALUES (1)', 'not_read_only'],
		['DROP TABLE vals', 'not_read_only'],
		['EXPLAIN SELECT 1', 'not_read_only'],
		['SELECT 1; DROP TABLE vals', 'multiple'],
		['SELECT 1; SELECT 2', 'multiple'],
		['WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x', 'refused_word'],
		['SELECT * FROM vals WHERE 1 = 1 UNION SELECT * FROM (DELETE FROM vals)', 'refused_word'],
		["SELECT * FROM read_csv('https://example.org/x.csv')", 'file_function'],
		["SELECT * FROM read_text('/etc/passwd')", 'file_function'],
		["SELECT * FROM READ_CSV_AUTO('x.csv')", 'file_function'],
		['SELECT * FROM "read_text"(\'/etc/passwd\')', 'file_function'],
		["SELECT * FROM main.read_blob /* hidden */ ('x')", 'file_function'],
		["SELECT * FROM parquet_scan('x.parquet')", 'file_function'],
		["SELECT * FROM glob('*')", 'file_function'],
		["SELECT * FROM query('SELECT 1')", 'file_function'],
		["SELECT * FROM 'https://example.org/x.csv'", 'file_literal'],
		["FROM '/etc/passwd'", 'file_literal'],
		["SELECT * FROM vals, 'x.parquet'", 'file_literal'],
		["SELECT * FROM vals JOIN 'x.csv' USING (report_id)", 'file_literal'],
		["SELECT * FROM (SELECT * FROM $$x.csv$$)", 'file_literal'],
		["SUMMARIZE 'x.csv'", 'file_literal'],
		// DuckDB reads a file or URL for any table name it cannot find: names must be known relations
		['SELECT * FROM "https://example.org/x.csv"', 'unknown_table'],
		['SELECT * FROM "/etc/passwd" AS t', 'unknown_table'],
		['SELECT * FROM x.csv', 'unknown_table'],
		['SELECT * FROM main."/tmp/x.csv"', 'unknown_table'],
		['SELECT * FROM range(1) JOIN "/tmp/x.csv" ON true', 'unknown_table'],
		['SELECT * FROM vals, LATERAL (SELECT * FROM "a.parquet")', 'unknown_table'],
		['SELECT * FROM (PIVOT "/tmp/x.csv" ON a USING sum(b))', 'unknown_table'],
		['SELECT * FROM (TABLE "/tmp/x.csv")', 'unknown_table'],
		['DESCRIBE "/tmp/x.csv"', 'unknown_table'],
		['SELECT * FROM "values"', 'unknown_table'],
		['', 'empty'],
		['  -- only a comment\n', 'empty'],
		[';', 'empty'],
		["SELECT 'unterminated", 'unterminated'],
		['SELECT 1 /* open', 'unterminated'],
		['SELECT "open', 'unterminated'],
		['SELECT (1', 'unbalanced'],
		['SELECT 1) UNION (SELECT 2', 'unbalanced']
	])('%s → %s', (sql, expected) => expect(why(sql)).toBe(expected));

	it('refuses a text longer than the limit without reading it (1 MB)', () => {
		const big = `SELECT '${'x'.repeat(1_000_000)}'`;
		const t0 = performance.now();
		const c = checkSql(big);
		expect(c).toEqual({ ok: false, why: 'too_long', max: MAX_SQL_CHARS });
		expect(performance.now() - t0).toBeLessThan(50);
	});

	it('names the refused word or function', () => {
		expect(checkSql('SELECT 1; ATTACH x')).toMatchObject({ why: 'multiple' });
		expect(checkSql("select * from Read_Text('a')")).toMatchObject({ why: 'file_function', word: 'read_text' });
		expect(checkSql('COPY vals TO x')).toMatchObject({ why: 'not_read_only', word: 'COPY' });
	});
});

describe('checkSql: refused words inside strings, quoted names and comments are data', () => {
	it.each([
		"SELECT 'DROP TABLE vals; ATTACH x' AS s",
		"SELECT 'it''s; COPY' AS s",
		"SELECT E'a\\'; DROP' AS s",
		'SELECT $$; INSERT INTO x$$ AS s',
		'SELECT $tag$ ; LOAD httpfs $tag$ AS s',
		'SELECT 1 AS "drop; attach"',
		'SELECT 1 -- ; DROP TABLE vals\n',
		'SELECT /* ; CREATE TABLE t /* nested */ still a comment */ 1',
		"SELECT * FROM vals WHERE quote LIKE '%read_csv(%'",
		'SELECT "set" FROM (SELECT 1 AS "set")'
	])('%s', (sql) => expect(why(sql)).toBe('ok'));

	it('sees a semicolon inside a string as text, not as a second statement', () => {
		expect(why("SELECT ';' AS a, 'x;y' AS b")).toBe('ok');
		expect(why("SELECT ';' AS a; SELECT 2")).toBe('multiple');
	});
});

describe('tokenize', () => {
	it('reads E-strings with backslash escapes, dollar quotes and nested comments as DuckDB does', () => {
		const lexed = tokenize("SELECT E'a\\'b', $t$x'y$t$, \"q\"\"r\" /* a /* b */ c */ FROM t");
		expect(lexed.ok && lexed.tokens.map((t) => [t.kind, t.text])).toEqual([
			['word', 'SELECT'], ['string', "a\\'b"], ['punct', ','], ['string', "x'y"], ['punct', ','], ['quoted', 'q"r'], ['word', 'FROM'], ['word', 'T']
		]);
	});

	it('is linear: 100,000 characters of nested parentheses tokenize at once', () => {
		const t0 = performance.now();
		const lexed = tokenize(`SELECT ${'('.repeat(50_000)}1${')'.repeat(49_990)}`);
		expect(lexed.ok).toBe(true);
		expect(performance.now() - t0).toBeLessThan(500);
	});
});
