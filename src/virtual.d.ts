// Modules made at build time by vite.config.ts plugins.
declare module 'virtual:catalog' {
	const rows: Omit<import('$lib/catalog').IndicatorMeta, 'name_en'>[];
	export default rows;
}

declare module 'virtual:catalog-english' {
	const names: Record<string, string>;
	export default names;
}

declare module 'virtual:catalog-definitions' {
	const definitions: Record<string, string>;
	export default definitions;
}
