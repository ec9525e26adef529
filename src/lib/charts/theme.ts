// Shared look: system fonts only (no web fonts, no CDN) and a colour-blind-safe palette (Okabe–Ito).
export const FONT_STACK =
	'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", ' +
	'"Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** A sequential scale for heat tables (coverage): Blues, 5 steps, one hue and lightness only (colour-blind safe). */
export const BLUES = ['#eff3ff', '#c6dbef', '#9ecae1', '#4292c6', '#08519c'];

/** The step of BLUES from which a cell's text is drawn white. */
export const BLUES_DARK = 3;
