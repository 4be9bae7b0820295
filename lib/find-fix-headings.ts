import { notContentSelector, parseFixHeading } from './rules/fix-headings';
import { cleanText, normalizeText } from './text';

export interface FixHeading {
  el: Element;
  number: number;
  title: string;
  /** Headings of one kind form one list: "h2", "h3", … or "p>strong" for bold numbered paragraphs. */
  kind: string;
}

const CANDIDATES = 'h1, h2, h3, h4, h5, h6, p > strong:first-child, p > b:first-child';

function kindOf(el: Element): string {
  return /^H\d$/.test(el.tagName) ? el.tagName.toLowerCase() : 'p>strong';
}

/** The bold lead of a paragraph counts only when it opens the paragraph. */
function opensParagraph(el: Element): boolean {
  const p = el.parentElement;
  return !!p && cleanText(p.textContent).startsWith(cleanText(el.textContent));
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
 * one kind, outside navigation, sidebars, tables of contents and comments.
 */
export function findFixHeadings(root: ParentNode): FixHeading[] {
  const byKind = new Map<string, FixHeading[]>();
  for (const el of root.querySelectorAll(CANDIDATES)) {
    if (el.closest(notContentSelector)) continue;
    if (el.tagName === 'STRONG' || el.tagName === 'B') {
      if (!opensParagraph(el)) continue;
    }
    const parsed = parseFixHeading(cleanText(el.textContent));
    if (!parsed) continue;
    const kind = kindOf(el);
    const list = byKind.get(kind) ?? [];
    list.push({ el, kind, ...parsed });
    byKind.set(kind, list);
  }
  let best: FixHeading[] = [];
  for (const list of byKind.values()) {
    const run = longestRun(list);
    if (run.length > best.length) best = run;
  }
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
