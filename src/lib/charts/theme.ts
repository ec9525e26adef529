// Shared look: system fonts only (no web fonts, no CDN) and a colour-blind-safe palette (Okabe–Ito).
export const FONT_STACK =
	'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", ' +
	'"Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
