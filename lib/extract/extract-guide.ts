import { fixId, guideKey } from '../fingerprint';
import { stepsOf } from '../outline/sub-steps';
import type { FixHeading, Outline } from '../outline/types';
import type { Fix, Guide } from '../types';
import { headingFor } from './heading-for';

/** The element a fix starts with: the heading itself, or the paragraph a bold lead-in opens. */
function blockOf(h: FixHeading): Element {
  return h.kind === 'p>strong' || h.kind === 'li>strong' ? (h.el.parentElement as Element) : h.el;
}

/** A block inside a list item that is not the fix's own item belongs to that item, not to the fix. */
function inOtherItem(block: Element, fix: Element): boolean {
  const item = block.parentElement?.closest('li');
  return !!item && !item.contains(fix);
}

/**
 * A fix's section, in page order: the paragraphs and lists after its heading, up to the next fix or the
 * next heading at or above its level, inside the article. Read from the outline's page order, so a page
 * builder that wraps every heading in its own `div` still gives each fix its steps.
 */
function sectionOf(outline: Outline, h: FixHeading, next: FixHeading | undefined): Element[] {
  // A list item named by its lead-in holds its own steps: its lines and the lists inside it, nothing after it.
  if (h.kind === 'li>strong') {
    const item = blockOf(h);
    const inside = [...item.querySelectorAll('p, ul, ol')];
    return [item, ...inside.filter((el) => outline.order.has(el) && !inOtherItem(el, h.el))];
  }
  const at = (el: Element) => outline.order.get(el) ?? -1;
  const start = at(blockOf(h));
  let stop = next ? at(blockOf(next)) : Number.POSITIVE_INFINITY;
  for (const heading of outline.headings) {
    const place = at(heading.el);
    if (place > start && place < stop && /^h\d$/.test(heading.kind) && heading.level <= h.level) stop = place;
  }
  return outline.flow.filter((el) => {
    const place = at(el);
    return place > start && place < stop && outline.root.contains(el) && !inOtherItem(el, h.el);
  });
}

/** The page's fixes with their sub-steps, in page order; null when there are fewer than two. */
export function extractGuide(outline: Outline): Guide | null {
  const run = outline.fixes;
  const fixes: Fix[] = run
    ? run.headings.map((h, i) => ({
        id: fixId(h.title),
        title: h.title,
        steps: stepsOf(sectionOf(outline, h, run.headings[i + 1])),
        anchor: blockOf(h),
      }))
    : outline.howTo.map((f) => ({
        id: fixId(f.title),
        title: f.title,
        steps: f.steps,
        anchor: f.anchor ?? headingFor(outline, f.title),
      }));
  if (fixes.length < outline.fewestFixes) return null;
  return { key: guideKey(fixes.map((f) => f.id)), title: outline.title, fixes };
}
