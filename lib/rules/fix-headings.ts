import { fixWords } from './lang';

/**
 * How articles number their fixes, as data. The words that number a fix ("Fix 1:", "Método 2 –",
 * "Solusi 3", "Способ 4", "対処法7") are each language's `fixWords` (lang/<code>.ts); the number may also
 * follow a hash ("#1") or stand alone ("3.").
 */
const WORD = `(?:${fixWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
/**
 * Digits of the scripts fixes are numbered in: ASCII, full-width, Arabic-Indic (both), Devanagari, Bengali;
 * circled numbers; Chinese numerals.
 */
export const DIGITS = '0-9０-９٠-٩۰-۹०-९০-৯';
export const NUMBER = `([${DIGITS}]{1,2}|[①-⑳]|[一二三四五六七八九十]{1,2})`;

/**
 * "Fix 1: Title", "Method 2 – Title", "Way 5 Title", "#1 Title", "1. Title", "1) Title", "第1步 Title",
 * "方法一：Title", "第一种方法：Title", "① Title" (a circled number needs no stop after it).
 */
export const fixHeadingPattern = new RegExp(
  `^\\s*(?:${WORD}\\s*(?:no\\.?\\s*)?#?\\s*${NUMBER}\\s*[.:)．）：、\\-–—]?|#\\s*${NUMBER}\\s*[.:)．）：、\\-–—]?|${NUMBER}\\s*[.)．）：、](?![0-9])|${NUMBER}\\s*[-–—:]|第\\s*${NUMBER}\\s*[步种種个個招]\\s*${WORD}?\\s*[.:：、]?|([①-⑳]))\\s*(\\S.*)$`,
  'iu',
);

/** The fix number and its title without the numbering, or null when the text is not a numbered heading. */
export function parseFixHeading(text: string): { number: number; title: string } | null {
  const match = fixHeadingPattern.exec(text);
  if (!match) return null;
  const raw = match.slice(1, -1).find((group) => group !== undefined);
  const title = match[match.length - 1]?.trim() ?? '';
  if (raw === undefined || title === '') return null;
  return { number: toNumber(raw), title };
}

const CJK_DIGITS = '一二三四五六七八九';
/** The zero of each digit block besides ASCII: each block runs zero to nine. */
const ZEROS = ['０', '٠', '۰', '०', '০'].map((z) => z.charCodeAt(0));

function asciiDigit(d: string): string {
  const code = d.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) return String(code - 0x2460 + 1); // ① … ⑳
  const zero = ZEROS.find((z) => code >= z && code <= z + 9);
  return zero === undefined ? d : String(code - zero);
}

/** 3, ３, ৩, ३, ٣, ③, 三 or 十二 as a number. */
export function toNumber(raw: string): number {
  const ascii = raw.replace(/[０-９٠-٩۰-۹०-९০-৯①-⑳]/g, asciiDigit);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  // 一..九, 十, 十一.., 二十..
  const [tens, units] = ascii.includes('十') ? ascii.split('十') : ['', ascii];
  const digit = (s: string | undefined) => CJK_DIGITS.indexOf(s ?? '') + 1;
  return ascii.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(units) : digit(units);
}

/** Page regions that never hold the article's fixes, however numbered their headings look. */
export const notContentSelectors = [
  'nav',
  'aside',
  'header',
  'footer',
  'form',
  'fixlist-sidebar',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '.toc',
  '#toc',
  '.table-of-contents',
  '[class*="toc-"]',
  '.post-toc',
  '.widget',
  '.sidebar',
  '#sidebar',
  '.comments',
  '#comments',
  '.comments-area',
  '.comment-list',
  '.commentlist',
  '.related-posts',
  '.related-articles',
  '.related',
  // Related-post plugins append their lists inside the article: YARPP, Jetpack, Contextual Related Posts.
  '.yarpp-related',
  '.jp-relatedposts',
  '.crp_related',
  '.post-nav',
  // Hexo themes' licence block after the post (Title:, Author:, Link:, License:).
  '.post-copyright',
  '.post-copyright-info',
  // Help centres (Zendesk): the section's other articles, related and recently viewed ones.
  '.article-sidebar',
  '.article-relatives',
  // Theme footers that are not a <footer>.
  '#footer',
  '#colophon',
  '.site-footer',
  '.footer-widgets',
];
/** The same, as one selector list (for `closest`). */
export const notContentSelector = notContentSelectors.join(',');
