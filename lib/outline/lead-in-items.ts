import { langWords } from '../rules/lang';
import { isDeviceHeading, isEndHeading, isFixesHeading, isNotFixHeading, mostSayWhatToDo } from './read-heading';
import type { FixHeading, Outline, OutlineHeading } from './types';

/** Longer than this, a bold opening is an emphasised sentence, not the name of a fix. */
const MAX_LEAD_IN = 80;
/** What sets a lead-in apart from the rest of its item: "**Title:** text", "**Title** – text", "**Title.** text". */
const ENDS_TITLE = /[:：.。–—-]\s*$/;
const OPENS_REST = /^\s*[:：.。–—|-]/;

/** "**Clear the cache.** Then…": the stop ends the lead-in, not the title. */
const withoutStop = (title: string) => title.replace(/\s*[.。]$/, '');

/** "Phase 1", "Part 2", "Aşama 3": a heading that numbers a group of fixes, not a fix. */
export const isGroupHeading = (h: OutlineHeading) => langWords.groupHeadings.test(h.folded);

/**
 * The bold opening is a title set apart from what follows (a colon, a dash, a stop, a line break, or
 * nothing after it), not a key term in a sentence ("**WhatsApp** keeps one backup…").
 */
function setApart(bold: Element): boolean {
  if (ENDS_TITLE.test(bold.textContent ?? '')) return true;
  let next = bold.nextSibling;
  while (next?.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  if (!next) return true;
  if (next.nodeType === 1) return /^(?:BR|UL|OL|P|DIV)$/.test(next.nodeName);
  return OPENS_REST.test(next.textContent ?? '');
}

/**
 * A lead-in that names a fix: short, set apart, not a question, not "Note:" / "Tip:" / "Warning:", not a
 * device ("On Android:", "iPhone:" split the fix of their section into its steps).
 */
function namesFix(h: OutlineHeading): boolean {
  if (h.number !== null || h.pointer || h.title.length > MAX_LEAD_IN || /[?？]$/.test(h.title)) return false;
  if (langWords.asides.exec(h.folded)?.index === 0 || isNotFixHeading(h) || isDeviceHeading(h)) return false;
  return setApart(h.el);
}

/** Every item of the lead-in's list opens with a bold lead-in: a list of named things, not steps with a bold word. */
function wholeList(h: OutlineHeading, leadIns: Set<Element>): boolean {
  const list = h.el.parentElement?.parentElement;
  if (!list?.matches('ul, ol') || list.parentElement?.closest('li')) return false;
  return [...list.children].every((li) => li.tagName !== 'LI' || leadIns.has(li));
}

/**
 * Fixes named by the bold lead-ins of list items or paragraphs, under a heading that holds fixes: a group
 * ("Phase 1", "Part 2": the groups of one article follow each other and their fixes form one run, the
 * group headings are not fixes) or a heading that announces fixes ("Solutions"). The lead-in is the title,
 * the rest of the item its text. Bold words in prose, "Note:" lead-ins and feature lists under other
 * headings stay prose; an ordered list under "How to fix" is one procedure's steps unless a group holds it.
 * At least half the fixes must say what to do.
 */
export function leadInItems(outline: Outline): { headings: FixHeading[]; groups: Element[]; announced: boolean }[] {
  const items = new Set<Element>();
  for (const h of outline.headings) if (h.kind === 'li>strong') items.add(h.el.parentElement as Element);
  /** `level`: the rank of the headings that hold the run; `groups`: the "Phase" ones among them. */
  type Run = { heads: OutlineHeading[]; groups: Element[]; announced: boolean; level: number };
  const runs: Run[] = [];
  let run: Run | null = null;
  for (const h of outline.headings) {
    if (/^h[1-6]$/.test(h.kind)) {
      const group = isGroupHeading(h);
      // The next group of the same rank goes on with the run; any other heading ends it. The article's
      // title (h1) names the whole page: lead-ins right under it are its summary.
      if (!(group && run && run.groups.length > 0 && run.level === h.level)) {
        run =
          h.level > 1 && (group || isFixesHeading(h))
            ? { heads: [], groups: [], announced: false, level: h.level }
            : null;
        if (run) runs.push(run);
      }
      if (group && run) run.groups.push(h.el);
      // "Solutions", "Phase 1: Fixes" announce fixes; "Phase 1" alone only groups (a tutorial has parts too).
      if (run && isFixesHeading(h)) run.announced = true;
      continue;
    }
    // A "Conclusion:" lead-in ends the fixes as a heading would.
    if (isEndHeading(h)) run = null;
    if (!run || !namesFix(h)) continue;
    if (h.kind === 'li>strong') {
      const list = h.el.parentElement?.parentElement;
      if (!wholeList(h, items) || (list?.tagName === 'OL' && run.groups.length === 0)) continue;
    }
    run.heads.push(h);
  }
  return runs
    .filter(({ heads }) => heads.length >= 2 && mostSayWhatToDo(heads))
    .map(({ heads, groups, announced }) => ({
      headings: heads.map((h, i) => ({
        el: h.el,
        number: i + 1,
        title: withoutStop(h.title),
        kind: h.kind,
        level: h.level,
      })),
      groups,
      announced,
    }));
}
