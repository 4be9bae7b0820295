import { normalizeText } from '../text';
import { leadInItems } from './lead-in-items';
import { listItemFixes, numberedRuns } from './numbered-fixes';
import { isCauseHeading, isEndHeading, isFixesHeading } from './read-heading';
import type { FixHeading, FixRun, Outline, OutlineHeading } from './types';
import { type Candidate, unnumberedRuns } from './unnumbered-fixes';

/** The outline heading (not one of the run's own) nearest before the run: what introduces it. */
function introOf(outline: Outline, run: FixHeading[]): OutlineHeading | null {
  const first = run[0]?.el;
  if (!first) return null;
  const members = new Set(run.map((h) => h.el));
  let intro: OutlineHeading | null = null;
  for (const h of outline.headings) {
    if (h.el === first || first.compareDocumentPosition(h.el) & 4 /* FOLLOWING */) break;
    if (!members.has(h.el) && h.number === null && h.kind !== 'li>strong') intro = h;
  }
  return intro;
}

/** The first conclusion, FAQ, related or comments heading after the run, when one ends it. */
function endOf(outline: Outline, run: FixHeading[]): string | null {
  const last = run[run.length - 1]?.el;
  if (!last) return null;
  const end = outline.headings.find((h) => last.compareDocumentPosition(h.el) & 4 && isEndHeading(h));
  return end?.title ?? null;
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

const isNumbered = (c: Candidate) => c.structure === 'numbered' || c.structure === 'list-items';
/** Numbered by the page first, then announced by a fixes heading, then the longest. */
const rank = (c: Candidate) => (isNumbered(c) ? 2 : 0) + (c.announced ? 1 : 0);

/**
 * The article's fixes, in page order, and how they are written. Every run of headings that could be a list
 * of fixes is a candidate: numbered headings of one kind, the items of an ordered list, unnumbered same-level
 * headings between the intro and the conclusion, fixes grouped under device headings, a checklist under
 * "What to check". A run introduced as causes ("Why it happens", "Penyebab") gives way to any other run
 * (causes, then solutions); alone, each cause carries its remedy and is a fix. A run a heading announces
 * A numbered run wins, then one a heading announces ("Solutions", "Troubleshooting"), then the longest.
 */
export function findFixes(outline: Outline): FixRun | null {
  const numbered = (structure: 'numbered' | 'list-items') => (headings: FixHeading[]) => {
    const intro = introOf(outline, headings);
    return { headings, structure, announced: !!intro && isFixesHeading(intro) };
  };
  const named = leadInItems(outline);
  // Headings that group fixes named by lead-ins ("Phase 1", "Phase 2") are not themselves the fixes.
  const groups = new Set(named.flatMap((run) => run.groups));
  const candidates: Candidate[] = [
    ...numberedRuns(outline)
      .filter((run) => !run.every((h) => groups.has(h.el)))
      .map(numbered('numbered')),
    ...listItemFixes(outline).map(numbered('list-items')),
    ...named.map(({ headings, announced, groups }) => ({
      headings,
      structure: 'lead-ins' as const,
      announced,
      grouped: groups.length > 0,
    })),
    ...unnumberedRuns(outline),
  ].filter((c) => c.headings.length >= outline.fewestFixes && !c.headings.some((h) => outline.isAd(h.el)));
  const causes = new Set(
    candidates.filter((c) => {
      const intro = introOf(outline, c.headings);
      return !!intro && isCauseHeading(intro);
    }),
  );
  const fixes = candidates.length > causes.size ? candidates.filter((c) => !causes.has(c)) : candidates;
  let best: Candidate | null = null;
  for (const c of fixes) {
    if (!best || rank(c) > rank(best) || (rank(c) === rank(best) && c.headings.length > best.headings.length)) best = c;
  }
  if (!best) return null;
  const headings = dedupeTitles(best.headings);
  if (headings.length < outline.fewestFixes) return null;
  const structure = causes.size > 0 && fixes !== candidates ? 'causes-then-solutions' : best.structure;
  return {
    headings,
    structure,
    numbered: isNumbered(best),
    announced: best.announced,
    grouped: !!best.grouped,
    endsAt: endOf(outline, headings),
  };
}
