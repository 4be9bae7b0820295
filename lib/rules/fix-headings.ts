/**
 * How articles number their fixes, as data. A new heading style is a new word here (and a fixture).
 * The number may follow a word ("Fix 1:", "Método 2 –", "Way 5"), a hash ("#1") or stand alone ("3.").
 */
export const fixWords = [
  'fix',
  'method',
  'solution',
  'step',
  'way',
  'part',
  'tip',
  'option',
  'trick',
  'hack',
  'solución',
  'solucion',
  'método',
  'metodo',
  'paso',
  'opción',
  'lösung',
  'losung',
  'methode',
  'schritt',
  'tipp',
  'méthode',
  'étape',
  'astuce',
  'soluzione',
  'passo',
  'solução',
  'solucao',
  'correção',
  'correcao',
  'dica',
  'çözüm',
  'yöntem',
  'adım',
  // Chinese: 方法一, 解决方法 2, 步骤三, 方案1.
  '解决方法',
  '解決方法',
  '解决办法',
  '解決辦法',
  '方法',
  '办法',
  '辦法',
  '方案',
  '步骤',
  '步驟',
];

const WORD = `(?:${fixWords.join('|')})`;
// Arabic, Chinese and full-width digits are cheap to accept alongside ASCII ones.
const NUMBER = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})';

/**
 * "Fix 1: Title", "Method 2 – Title", "Way 5 Title", "#1 Title", "1. Title", "1) Title", "第1步 Title",
 * "方法一：Title", "第一种方法：Title".
 */
export const fixHeadingPattern = new RegExp(
  `^\\s*(?:${WORD}\\s*(?:no\\.?\\s*)?#?\\s*${NUMBER}\\s*[.:)：、\\-–—]?|#\\s*${NUMBER}\\s*[.:)：、\\-–—]?|${NUMBER}\\s*[.)：、](?![0-9])|${NUMBER}\\s*[-–—:]|第\\s*${NUMBER}\\s*[步种種个個招]\\s*${WORD}?\\s*[.:：、]?)\\s*(\\S.*)$`,
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

/** 3, ３, 三 or 十二 as a number. */
export function toNumber(raw: string): number {
  const ascii = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  // 一..九, 十, 十一.., 二十..
  const [tens, units] = ascii.includes('十') ? ascii.split('十') : ['', ascii];
  const digit = (s: string | undefined) => CJK_DIGITS.indexOf(s ?? '') + 1;
  return ascii.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(units) : digit(units);
}

/** Page regions that never hold the article's fixes, however numbered their headings look. */
export const notContentSelector = [
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
  // Theme footers that are not a <footer>.
  '#footer',
  '#colophon',
  '.site-footer',
  '.footer-widgets',
].join(',');
