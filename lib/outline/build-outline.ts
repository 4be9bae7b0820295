import { commonAncestor } from '../common-ancestor';
import { queryEach } from '../query-each';
import { notContentSelectors } from '../rules/fix-headings';
import { cleanText, normalizeText } from '../text';
import { findFixes } from './find-fixes';
import { readHeading } from './read-heading';
import { howToFixes } from './read-howto';
import type { Outline, OutlineHeading, OutlineList } from './types';

/** Where a page keeps its article, most specific first; the body when none matches. */
export const ARTICLE_SELECTOR =
  'article, main, [role="main"], .article-content, .post-content, .entry-content, .post-body, .markdown-body';
/** What the one pass reads: headings, paragraphs (and their bold lead-ins), lists and their items, code, cells. */
const BLOCKS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'LI', 'OL', 'UL', 'PRE', 'TD', 'ARTICLE']);
/** Blocks that may speak of WhatsApp backups in one breath. */
const TOPIC_BLOCKS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'TD']);

// Readability's isProbablyReaderable, on the paragraphs this pass reads anyway.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
const MIN_PARAGRAPH = 140;
const MIN_SCORE = 20;

/**
 * Regions that never hold the article (navigation, sidebars, comments, widgets, forms), minus those that
 * wrap it: Blogger keeps the post in a `.widget`, ASP.NET wraps the whole page in a `<form>`.
 */
function excludedRegions(body: Element): Element[] {
  const article = body.querySelector(ARTICLE_SELECTOR);
  const h1s = [...body.getElementsByTagName('h1')];
  return [...queryEach(body, notContentSelectors)].filter(
    (region) =>
      !(article && region.contains(article)) &&
      !h1s.some((h1) => region.contains(h1) && !region.matches('header, [role="banner"]')),
  );
}

/** The bold opening of a paragraph or list item, when it opens it (not a bold word mid-sentence). */
function leadIn(block: Element): Element | null {
  const bold = block.firstElementChild;
  if (bold?.tagName !== 'STRONG' && bold?.tagName !== 'B') return null;
  const text = cleanText(bold.textContent);
  return text && cleanText(block.textContent).startsWith(text) ? bold : null;
}

function visible(el: Element): boolean {
  const style = (el as HTMLElement).style;
  return !el.hasAttribute('hidden') && style?.display !== 'none' && el.getAttribute('aria-hidden') !== 'true';
}

/**
 * The walk's next block element, stepping over the excluded subtrees by hand: a filter callback on every
 * element costs more than the walk itself (the same way as `eachText`).
 */
function nextBlock(walker: TreeWalker, excluded: Set<Node>): Element | null {
  let node = walker.nextNode();
  while (node) {
    if (excluded.has(node)) {
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
      continue;
    }
    if (BLOCKS.has((node as Element).tagName)) return node as Element;
    node = walker.nextNode();
  }
  return null;
}

/** Words of `text` also in the document title: the article's h1 shares most, a logo or preloader h1 few. */
function titleOverlap(text: string, titleWords: Set<string>): number {
  return normalizeText(text)
    .split(' ')
    .filter((w) => titleWords.has(w)).length;
}

/**
 * Reads the page once: its headings (with levels and numbering), bold lead-ins, lists and the heading that
 * owns each, paragraphs and code, leaving out navigation, sidebars, comments and the ad boxes given; then
 * finds the fixes among them. Everything later decides from this.
 */
export function buildOutline(doc: Document, ads: Node[] = [], fewestFixes: 1 | 2 = 2): Outline {
  const body = doc.body ?? doc.documentElement;
  const adSet = new Set(ads);
  const isAd = (el: Element) => {
    for (let n: Node | null = el; n; n = n.parentNode) if (adSet.has(n)) return true;
    return false;
  };
  const excluded = new Set<Node>([...excludedRegions(body), ...ads]);

  const headings: OutlineHeading[] = [];
  const lists: OutlineList[] = [];
  const paragraphs: Element[] = [];
  const flow: Element[] = [];
  const order = new Map<Element, number>();
  const blocks: Element[] = [];
  const h1s: Element[] = [];
  let codeBlocks = 0;
  let readable = 0;
  let owner: OutlineHeading | null = null;
  // One walk in document order that never enters the excluded regions and ad boxes (measured in Chromium:
  // four times cheaper than querying the blocks and testing each against every region).
  const walker = doc.createTreeWalker(body, 1 /* SHOW_ELEMENT */);
  for (let el = nextBlock(walker, excluded); el; el = nextBlock(walker, excluded)) {
    order.set(el, order.size);
    const tag = el.tagName;
    if (tag === 'P' || tag === 'PRE' || tag === 'ARTICLE') {
      const length = readable > MIN_SCORE ? 0 : (el.textContent ?? '').trim().length;
      const match = `${el.className} ${el.id}`;
      if (length >= MIN_PARAGRAPH && visible(el) && (!UNLIKELY.test(match) || MAYBE.test(match)))
        readable += Math.sqrt(length - MIN_PARAGRAPH);
    }
    if (tag === 'ARTICLE') continue;
    if (tag === 'PRE') {
      codeBlocks++;
      continue;
    }
    if (tag === 'OL' || tag === 'UL') {
      lists.push({ el, ordered: tag === 'OL', owner });
      flow.push(el);
      continue;
    }
    if (TOPIC_BLOCKS.has(tag)) blocks.push(el);
    if (tag === 'H1') h1s.push(el);
    if (/^H[1-6]$/.test(tag)) {
      const heading = readHeading(el, tag.toLowerCase(), Number(tag[1]));
      if (heading) {
        headings.push(heading);
        owner = heading;
      }
      continue;
    }
    if (tag === 'TD') continue;
    if (tag === 'P') {
      paragraphs.push(el);
      flow.push(el);
    }
    const bold = leadIn(el);
    // A paragraph lead-in ranks like an h3 (the next h1–h3 ends its section); a list item's is part of its list.
    const heading = bold && readHeading(bold, tag === 'P' ? 'p>strong' : 'li>strong', tag === 'P' ? 3 : 7);
    if (heading) headings.push(heading);
  }

  const titleWords = new Set(normalizeText(doc.title).split(' '));
  let title: Element | null = null;
  let best = -1;
  for (const h1 of h1s) {
    const overlap = titleOverlap(h1.textContent ?? '', titleWords);
    if (cleanText(h1.textContent) && overlap > best) [title, best] = [h1, overlap];
  }
  // A theme may put the post's title in an entry <header>, which the walk leaves out as a banner: an h1 there
  // that shares words with the tab's title still names the guide better than the tab (with the site's name).
  if (!title) {
    best = 1;
    for (const h1 of body.getElementsByTagName('h1')) {
      const overlap = titleOverlap(h1.textContent ?? '', titleWords);
      if (overlap > best) [title, best] = [h1, overlap];
    }
  }

  const outline: Outline = {
    doc,
    root: body.querySelector(ARTICLE_SELECTOR) ?? body,
    title: cleanText(title?.textContent) || cleanText(doc.title) || 'Untitled guide',
    headings,
    lists,
    paragraphs,
    flow,
    order,
    blocks,
    codeBlocks,
    readerable: readable > MIN_SCORE,
    fixes: null,
    howTo: [],
    ads: adSet,
    isAd,
    fewestFixes,
  };
  outline.fixes = findFixes(outline);
  const fixEls = outline.fixes?.headings.map((h) => h.el) ?? [];
  // The fixes' common ancestor is the article, unless they are the items of one list: then the list's home is.
  let root = commonAncestor(fixEls);
  while (root?.matches('ul, ol, li')) root = root.parentElement;
  outline.root = root ?? outline.root;
  // Without headings that list fixes, a how-to block or a schema.org HowTo can still declare them.
  if (!outline.fixes) outline.howTo = howToFixes(doc);
  return outline;
}
