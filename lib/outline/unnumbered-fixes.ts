import { langWords } from '../rules/lang';
import { foldText } from '../text';
import {
  isCauseHeading,
  isDeviceHeading,
  isEndHeading,
  isFixesHeading,
  isNotFixHeading,
  mostSayWhatToDo,
} from './read-heading';
import type { FixHeading, FixStructure, Outline, OutlineHeading } from './types';

export interface Candidate {
  headings: FixHeading[];
  structure: FixStructure;
  /** Introduced by a heading that announces fixes ("Troubleshooting", "Solusi", "What to check first"). */
  announced: boolean;
  /** Held by numbered groups ("Phase 1", "Phase 2"). */
  grouped?: boolean;
}

/** Longer than this, a heading is a sentence of prose, not the name of a fix. */
const MAX_TITLE = 100;
/** Longer than this, a list item is a paragraph, not a thing to check. */
const MAX_ITEM = 120;

interface Node {
  heading: OutlineHeading;
  parent: Node | null;
  children: Node[];
}

/** The heading tree: each h2–h6 under the nearest heading before it of a higher rank. */
function headingTree(outline: Outline): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const heading of outline.headings) {
    // The article's title (h1) heads the tree; it is never one of the fixes.
    if (!/^h[2-6]$/.test(heading.kind) || heading.pointer) continue;
    while (stack.length && (stack[stack.length - 1] as Node).heading.level >= heading.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const node: Node = { heading, parent, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

const toFix = (h: OutlineHeading, i: number): FixHeading => ({
  el: h.el,
  number: i + 1,
  title: h.title,
  kind: h.kind,
  level: h.level,
});

/** The paragraphs and lists between a heading and its next sibling (or the end of the page). */
function sectionOf(outline: Outline, node: Node, next: Node | undefined): Element[] {
  const at = (el: Element) => outline.order.get(el) ?? -1;
  const start = at(node.heading.el);
  const stop = next ? at(next.heading.el) : Number.POSITIVE_INFINITY;
  return outline.flow.filter((el) => at(el) > start && at(el) < stop);
}

/**
 * The level most of the headings have (the higher rank on a tie): fixes are headings of one rank, and a
 * lower one among them at the top of the tree (a help centre's "Articles in this section" h3 before the
 * article's h2s) is the page's, not the article's.
 */
function commonLevel(nodes: Node[]): number {
  const counts = new Map<number, number>();
  for (const n of nodes) counts.set(n.heading.level, (counts.get(n.heading.level) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [level, count] of counts)
    if (count > most || (count === most && level < best)) [best, most] = [level, count];
  return best;
}

/**
 * Siblings that read as fixes: the run of same-rank headings under one parent, up to the first conclusion,
 * FAQ, related or comments heading, without the intro, "why it happens" and "how to back up" ones; short;
 * and at least half of them telling the reader what to do (an instruction or a list in their section),
 * which news subheads do not.
 */
function fixSiblings(outline: Outline, siblings: Node[]): OutlineHeading[] {
  const end = siblings.findIndex((n) => isEndHeading(n.heading));
  const kept = end < 0 ? siblings : siblings.slice(0, end);
  // Headings over numbered fixes group them (the numbered run is the list); headings over a section
  // ("Troubleshooting") name it.
  if (kept.some((n) => n.children.some((c) => c.heading.number !== null))) return [];
  const candidates = kept.filter(
    (n) =>
      !isNotFixHeading(n.heading) &&
      !isFixesHeading(n.heading) &&
      n.heading.title.length <= MAX_TITLE &&
      n.heading.number === null,
  );
  const run = candidates.filter((n) => n.heading.level === commonLevel(candidates));
  if (run.length < 2) return [];
  const instructive = run.filter((n) => {
    const section = sectionOf(outline, n, siblings[siblings.indexOf(n) + 1]);
    const text = foldText(section.map((el) => el.textContent ?? '').join(' '));
    return langWords.advice.test(`${n.heading.folded} ${text}`) || section.some((el) => el.tagName !== 'P');
  });
  return instructive.length * 2 >= run.length ? run.map((n) => n.heading) : [];
}

/**
 * Fixes without numbers, as real articles write them most: a run of same-rank headings between the intro and
 * the conclusion; fixes grouped under device headings ("On Android" / "On iPhone", all fixes, in page
 * order); and a checklist (an unordered list) under a heading that announces fixes. A run of device headings
 * alone is one fix split by device: those are its steps, never fixes.
 */
export function unnumberedRuns(outline: Outline): Candidate[] {
  const candidates: Candidate[] = [];
  const visit = (siblings: Node[], parent: Node | null) => {
    const devices = siblings.filter((n) => isDeviceHeading(n.heading));
    if (devices.length >= 2 && devices.every((n) => n.children.length > 0)) {
      const grouped = devices.flatMap((n) => fixSiblings(outline, n.children));
      if (grouped.length >= 2)
        candidates.push({ headings: grouped.map(toFix), structure: 'platform-groups', announced: true });
    } else if (devices.length < 2) {
      const run = fixSiblings(outline, siblings);
      const announced = !!parent && isFixesHeading(parent.heading);
      if (run.length >= 2 && !(parent && isCauseHeading(parent.heading) && !announced))
        candidates.push({ headings: run.map(toFix), structure: 'unnumbered', announced });
    }
    for (const n of siblings) if (n.children.length) visit(n.children, n);
  };
  visit(headingTree(outline), null);
  candidates.push(...checklists(outline), ...leadIns(outline));
  return candidates;
}

/** Longer than this, a paragraph's bold opening is an emphasised sentence, not a fix's title. */
const MAX_LEAD_IN = 80;

/**
 * Paragraphs that open with a bold title ("**Restart your phone** – If you are stuck…"), one after another
 * under one heading, up to a "Conclusion:" lead-in: each is a fix when at least half say what to do.
 */
function leadIns(outline: Outline): Candidate[] {
  const runs: OutlineHeading[][] = [[]];
  for (const h of outline.headings) {
    if (h.kind === 'li>strong') continue;
    const run = runs[runs.length - 1] as OutlineHeading[];
    if (h.kind !== 'p>strong' || h.number !== null || isEndHeading(h)) {
      if (run.length) runs.push([]);
      continue;
    }
    if (!isNotFixHeading(h) && h.title.length <= MAX_LEAD_IN) run.push(h);
  }
  return runs
    .filter((run) => run.length >= 2 && mostSayWhatToDo(run))
    .map((run) => ({ headings: run.map(toFix), structure: 'lead-ins' as const, announced: false }));
}

/** An unordered list of short items under a heading that announces fixes ("What to check first"). */
function checklists(outline: Outline): Candidate[] {
  const found: Candidate[] = [];
  for (const list of outline.lists) {
    if (list.ordered || !list.owner || !isFixesHeading(list.owner) || list.el.parentElement?.closest('li')) continue;
    const items = [...list.el.children].filter((li) => li.tagName === 'LI');
    const titles = items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (items.length < 2 || titles.some((t) => !t || t.length > MAX_ITEM || /[?？]$/.test(t))) continue;
    if (items.some((li) => li.querySelector('a[href]')?.textContent?.trim() === li.textContent?.trim())) continue;
    found.push({
      headings: items.map((el, i) => ({ el, number: i + 1, title: titles[i] as string, kind: 'ul>li', level: 7 })),
      structure: 'checklist',
      announced: true,
    });
  }
  return found;
}
