import { commonAncestor } from './common-ancestor';
import { type FixHeading, findFixHeadings } from './find-fix-headings';
import { fixId, guideKey } from './fingerprint';
import { howToFixes } from './read-howto';
import { readableHeadingTexts } from './readable-headings';
import { notContentSelector } from './rules/fix-headings';
import { stepsOf } from './sub-steps';
import { cleanText, normalizeText } from './text';
import type { Fix, Guide } from './types';

/** The element a fix starts with: the heading itself, or the paragraph a bold number opens. */
function blockOf(h: FixHeading): Element {
  return h.kind === 'p>strong' ? (h.el.parentElement as Element) : h.el;
}

/** Heading rank that ends a fix's section: any heading at or above the fix's own level. */
function endsSection(el: Element, h: FixHeading): boolean {
  const rank = h.level;
  const match = /^H(\d)$/.exec(el.tagName);
  if (match) return Number(match[1]) <= rank;
  return [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].some((inner) => Number(inner.tagName[1]) <= rank);
}

/** The elements between a fix's heading and the next fix (or the next heading of the same rank). */
function sectionOf(h: FixHeading, next: FixHeading | undefined): Element[] {
  const section: Element[] = [];
  const stop = next ? blockOf(next) : null;
  for (let el = blockOf(h).nextElementSibling; el; el = el.nextElementSibling) {
    if (stop && (el === stop || el.contains(stop))) break;
    if (endsSection(el, h)) break;
    section.push(el);
  }
  return section;
}

/** Keep the headings Readability also sees as article content, when it has an opinion. */
function keepReadable(headings: FixHeading[]): FixHeading[] {
  const container = commonAncestor(headings.map((h) => h.el));
  const texts = container ? readableHeadingTexts(container) : null;
  if (!texts) return headings;
  const kept = headings.filter((h) => texts.has(normalizeText(cleanText(h.el.textContent))));
  return kept.length >= 2 ? kept : headings;
}

/** Words of `text` also in the document title: the article's h1 shares most, a logo or preloader h1 few. */
function titleOverlap(text: string, titleWords: Set<string>): number {
  return normalizeText(text)
    .split(' ')
    .filter((w) => titleWords.has(w)).length;
}

export function guideTitle(doc: Document): string {
  const titleWords = new Set(normalizeText(doc.title).split(' '));
  let best: Element | null = null;
  let bestOverlap = -1;
  for (const el of doc.querySelectorAll('h1')) {
    if (el.closest(notContentSelector) || !cleanText(el.textContent)) continue;
    const overlap = titleOverlap(el.textContent ?? '', titleWords);
    if (overlap > bestOverlap) [best, bestOverlap] = [el, overlap];
  }
  return cleanText(best?.textContent) || cleanText(doc.title) || 'Untitled guide';
}

/** The heading in the article that carries `title`, for "scroll to"; null when none does. */
function headingFor(doc: Document, title: string): Element | null {
  const wanted = normalizeText(title);
  for (const el of doc.querySelectorAll('h1, h2, h3, h4, h5, h6, p > strong, p > b')) {
    if (!el.closest(notContentSelector) && normalizeText(cleanText(el.textContent)) === wanted) return el;
  }
  return null;
}

/** Fixes declared by a how-to block or a schema.org HowTo when the page numbers none of its headings. */
function howToGuide(doc: Document): Fix[] {
  return howToFixes(doc).map((f) => ({
    id: fixId(f.title),
    title: f.title,
    steps: f.steps,
    anchor: f.anchor ?? headingFor(doc, f.title),
  }));
}

/** The page's numbered fixes with their sub-steps, in page order; null when there are fewer than two. */
export function extractGuide(doc: Document): Guide | null {
  const headings = findFixHeadings(doc.body ?? doc);
  if (headings.length < 2) {
    const fixes = howToGuide(doc);
    return fixes.length >= 2 ? { key: guideKey(fixes.map((f) => f.id)), title: guideTitle(doc), fixes } : null;
  }
  const kept = keepReadable(headings);
  const fixes: Fix[] = kept.map((h, i) => ({
    id: fixId(h.title),
    title: h.title,
    steps: stepsOf(sectionOf(h, kept[i + 1])),
    anchor: blockOf(h),
  }));
  return { key: guideKey(fixes.map((f) => f.id)), title: guideTitle(doc), fixes };
}
