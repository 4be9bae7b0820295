import { notContentSelector, parseFixHeading } from './rules/fix-headings';
import { cleanText, normalizeText } from './text';

export interface FixHeading {
  el: Element;
  number: number;
  title: string;
  /**
   * Headings of one kind form one list: "h2", "h3", … ; "p>strong" for bold numbered paragraphs;
   * "ol>h3" (and so on) for unnumbered headings that open the items of an ordered list; "p+===" and
   * "p+---" for paragraphs underlined by a "=====" or "-----" paragraph.
   */
  kind: string;
  /** Heading level whose next heading (at or above it) ends the fix's section. */
  level: number;
}

const CANDIDATES = 'h1, h2, h3, h4, h5, h6, p > strong:first-child, p > b:first-child';

function kindOf(el: Element): string {
  return /^H\d$/.test(el.tagName) ? el.tagName.toLowerCase() : 'p>strong';
}

/** A bold paragraph lead ranks like an h3: the next h1–h3 ends its section. */
function levelOf(el: Element): number {
  return /^H(\d)$/.exec(el.tagName) ? Number(el.tagName[1]) : 3;
}

const LIST_ITEM_TITLES = 'h2, h3, h4, h5';

/**
 * Fixes written as the items of one ordered list, each opening with its own (unnumbered) heading:
 * the list does the numbering. Only a list whose every item opens that way counts.
 */
function listItemFixes(root: ParentNode): FixHeading[][] {
  const lists: FixHeading[][] = [];
  for (const ol of root.querySelectorAll('ol')) {
    if (ol.closest(notContentSelector) || ol.parentElement?.closest('li')) continue;
    const items = [...ol.children].filter((li) => li.tagName === 'LI');
    if (items.length < 2) continue;
    const start = Number(ol.getAttribute('start') ?? '1') || 1;
    const found: FixHeading[] = [];
    for (const [i, li] of items.entries()) {
      const first = li.firstElementChild;
      // A heading, or a paragraph that is all bold: a title, not a step that starts with a bold word.
      const bold = first?.tagName === 'P' ? first.querySelector(':scope > strong, :scope > b') : null;
      const title = first?.matches(LIST_ITEM_TITLES) ? first : bold;
      const text = cleanText(title?.textContent);
      if (!first || !title || !text || !opensParagraph(title, li) || isPointer(title, text)) break;
      if (bold && cleanText(bold.textContent) !== cleanText(first.textContent)) break;
      const el = title.matches('strong, b') ? (title.parentElement as Element) : title;
      const tag = el.tagName === 'P' ? 'p' : el.tagName.toLowerCase();
      found.push({ el, number: start + i, title: cleanText(title.textContent), kind: `ol>${tag}`, level: levelOf(el) });
    }
    if (found.length === items.length) lists.push(found);
  }
  return lists;
}

/**
 * A run that starts at 2 has lost its first number, not its first fix: the heading of the same kind just
 * before it, when unnumbered and with nothing but text between, is fix 1.
 */
function withUnnumberedFirst(run: FixHeading[]): FixHeading[] {
  const first = run[0];
  if (first?.number !== 2 || !/^h\d$/.test(first.kind)) return run;
  for (let el = first.el.previousElementSibling; el; el = el.previousElementSibling) {
    const heading = /^H(\d)$/.exec(el.tagName);
    if (!heading) {
      if (el.querySelector('h1, h2, h3, h4, h5, h6')) return run;
      continue;
    }
    if (Number(heading[1]) !== first.level || parseFixHeading(cleanText(el.textContent))) return run;
    const title = cleanText(el.textContent);
    return title ? [{ el, number: 1, title, kind: first.kind, level: first.level }, ...run] : run;
  }
  return run;
}

/** The bold lead of a paragraph counts only when it opens the paragraph (or list item). */
function opensParagraph(el: Element, block: Element | null = el.parentElement): boolean {
  return !!block && cleanText(block.textContent).startsWith(cleanText(el.textContent));
}

/**
 * A candidate that is nothing but one link points somewhere else: a listed post ("Top posts", "Related")
 * or a table-of-contents entry repeating a heading, not a fix. A link to itself (a permalink) is no pointer.
 */
function isPointer(el: Element, text: string): boolean {
  const links = el.querySelectorAll('a[href]');
  if (links.length !== 1 || cleanText(links[0]?.textContent) !== text) return false;
  const href = links[0]?.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return true;
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape is still an id to look up as written.
  }
  return !el.ownerDocument.getElementById(id)?.contains(el);
}

/** A paragraph that is only a line of "=" or "-": markdown's setext underline, pasted as plain text. */
const UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/;

/**
 * "1. Title" over a "=====" (or "-----") paragraph: a markdown heading pasted into an editor that kept
 * every source line as a paragraph. Ranks like the h1 (or h2) markdown would have made of it.
 */
function underlinedParagraphs(root: ParentNode): FixHeading[] {
  const found: FixHeading[] = [];
  for (const line of root.querySelectorAll('p')) {
    const mark = line.childElementCount === 0 ? (line.textContent ?? '') : '';
    if (mark.length > 200 || !UNDERLINE.test(mark)) continue;
    const el = line.previousElementSibling;
    if (el?.tagName !== 'P' || el.closest(notContentSelector)) continue;
    const parsed = parseFixHeading(cleanText(el.textContent));
    const level = mark.includes('=') ? 1 : 2;
    if (parsed) found.push({ el, kind: level === 1 ? 'p+===' : 'p+---', level, ...parsed });
  }
  return found;
}

/**
 * The longest 1, 2, 3… run in a list of numbered headings, skipping repeats (a table of contents
 * or a "top posts" list restarting at 1 ends a run; the longest run wins).
 */
function longestRun(headings: FixHeading[]): FixHeading[] {
  let best: FixHeading[] = [];
  let run: FixHeading[] = [];
  for (const h of headings) {
    const last = run[run.length - 1];
    if (last && h.number === last.number + 1) run.push(h);
    else if (h.number <= 2) run = [h];
    else continue;
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * The article's numbered fix headings, in page order: the longest consecutive run among headings of
 * one kind (or among the items of one ordered list), outside navigation, sidebars, tables of contents
 * and comments.
 */
export function findFixHeadings(root: ParentNode): FixHeading[] {
  const byKind = new Map<string, FixHeading[]>();
  for (const el of root.querySelectorAll(CANDIDATES)) {
    if (el.closest(notContentSelector)) continue;
    if (el.tagName === 'STRONG' || el.tagName === 'B') {
      if (!opensParagraph(el)) continue;
    }
    const text = cleanText(el.textContent);
    const parsed = parseFixHeading(text);
    if (!parsed || isPointer(el, text)) continue;
    const kind = kindOf(el);
    const list = byKind.get(kind) ?? [];
    list.push({ el, kind, level: levelOf(el), ...parsed });
    byKind.set(kind, list);
  }
  for (const h of underlinedParagraphs(root)) byKind.set(h.kind, [...(byKind.get(h.kind) ?? []), h]);
  let best: FixHeading[] = [];
  for (const list of byKind.values()) {
    const run = withUnnumberedFirst(longestRun(list));
    if (run.length > best.length) best = run;
  }
  for (const list of listItemFixes(root)) if (list.length > best.length) best = list;
  return best.length >= 2 ? dedupeTitles(best) : [];
}

function dedupeTitles(headings: FixHeading[]): FixHeading[] {
  const seen = new Set<string>();
  return headings.filter((h) => {
    const key = normalizeText(h.title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
