import { notContentSelector, parseFixHeading } from '../rules/fix-headings';
import { cleanText } from '../text';
import { isPointer } from './read-heading';
import type { FixHeading, Outline } from './types';

const LIST_ITEM_TITLES = 'h2, h3, h4, h5';

/**
 * Fixes written as the items of one ordered list, each opening with its own (unnumbered) heading:
 * the list does the numbering. Only a list whose every item opens that way counts.
 */
export function listItemFixes(outline: Outline): FixHeading[][] {
  const lists: FixHeading[][] = [];
  for (const { el: ol, ordered } of outline.lists) {
    if (!ordered || ol.parentElement?.closest('li')) continue;
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
      if (!first || !title || !text || !opensBlock(title, li) || isPointer(title, text)) break;
      if (bold && cleanText(bold.textContent) !== cleanText(first.textContent)) break;
      const el = title.matches('strong, b') ? (title.parentElement as Element) : title;
      const tag = el.tagName === 'P' ? 'p' : el.tagName.toLowerCase();
      const level = /^H(\d)$/.exec(el.tagName) ? Number(el.tagName[1]) : 3;
      found.push({ el, number: start + i, title: text, kind: `ol>${tag}`, level });
    }
    if (found.length === items.length) lists.push(found);
  }
  return lists;
}

function opensBlock(el: Element, block: Element): boolean {
  return cleanText(block.textContent).startsWith(cleanText(el.textContent));
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

/** A paragraph that is only a line of "=" or "-": markdown's setext underline, pasted as plain text. */
const UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/;

/**
 * "1. Title" over a "=====" (or "-----") paragraph: a markdown heading pasted into an editor that kept
 * every source line as a paragraph. Ranks like the h1 (or h2) markdown would have made of it.
 */
function underlinedParagraphs(outline: Outline): FixHeading[] {
  const found: FixHeading[] = [];
  for (const line of outline.paragraphs) {
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
 * The 1, 2, 3… runs in a list of numbered headings, skipping strays (a table of contents, a "top posts"
 * list or a list of causes restarting at 1 starts a new run).
 */
function runsOf(headings: FixHeading[], fewest: number): FixHeading[][] {
  const runs: FixHeading[][] = [];
  let run: FixHeading[] = [];
  for (const h of headings) {
    const last = run[run.length - 1];
    if (last && h.number === last.number + 1) run.push(h);
    else if (h.number <= 2) {
      run = [h];
      runs.push(run);
    }
  }
  return runs.filter((r) => r.length >= fewest);
}

/** Every run of numbered headings of one kind ("h2", "p>strong", "p+==="), in page order within a kind. */
export function numberedRuns(outline: Outline): FixHeading[][] {
  const byKind = new Map<string, FixHeading[]>();
  for (const h of outline.headings) {
    if (h.number === null || h.pointer || h.kind === 'li>strong') continue;
    const list = byKind.get(h.kind) ?? [];
    list.push({ el: h.el, kind: h.kind, level: h.level, number: h.number, title: h.title });
    byKind.set(h.kind, list);
  }
  for (const h of underlinedParagraphs(outline)) byKind.set(h.kind, [...(byKind.get(h.kind) ?? []), h]);
  return [...byKind.values()].flatMap((list) => runsOf(list, outline.fewestFixes).map(withUnnumberedFirst));
}
