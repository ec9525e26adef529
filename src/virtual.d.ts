// Modules made at build time by vite.config.ts plugins.
declare module 'virtual:catalog' {
	const rows: import('$lib/catalog').IndicatorMeta[];
	export default rows;
}

declare module 'virtual:catalog-definitions' {
	const definitions: Record<string, string>;
	export default definitions;
}
