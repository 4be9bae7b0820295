import { normalizeText } from '../text';
import { listItemFixes, numberedRuns } from './numbered-fixes';
import { isCauseHeading, isEndHeading } from './read-heading';
import type { FixHeading, FixRun, FixStructure, Outline, OutlineHeading } from './types';
import { unnumberedRuns } from './unnumbered-fixes';

interface Candidate {
  headings: FixHeading[];
  structure: FixStructure;
}

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

/**
 * The article's fixes, in page order, and how they are written. Every run of headings that could be a list
 * of fixes is a candidate: numbered headings of one kind, the items of an ordered list, unnumbered same-level
 * headings between the intro and the conclusion, fixes grouped under platform headings. A run introduced as
 * causes ("Why it happens", "Penyebab") gives way to any other run (causes, then solutions); alone, each cause
 * carries its remedy and is a fix. The longest run wins; numbered beats unnumbered on a tie.
 */
export function findFixes(outline: Outline): FixRun | null {
  const candidates: Candidate[] = [
    ...numberedRuns(outline).map((headings) => ({ headings, structure: 'numbered' as const })),
    ...listItemFixes(outline).map((headings) => ({ headings, structure: 'list-items' as const })),
    ...unnumberedRuns(outline),
  ].filter((c) => c.headings.length >= 2 && !c.headings.some((h) => outline.isAd(h.el)));
  const causes = new Set(
    candidates.filter((c) => {
      const intro = introOf(outline, c.headings);
      return !!intro && isCauseHeading(intro);
    }),
  );
  const fixes = candidates.length > causes.size ? candidates.filter((c) => !causes.has(c)) : candidates;
  let best: Candidate | null = null;
  for (const c of fixes) if (!best || c.headings.length > best.headings.length) best = c;
  if (!best) return null;
  const headings = dedupeTitles(best.headings);
  if (headings.length < 2) return null;
  const structure = causes.size > 0 && fixes !== candidates ? 'causes-then-solutions' : best.structure;
  const numbered = best.structure === 'numbered' || best.structure === 'list-items';
  return { headings, structure, numbered, endsAt: endOf(outline, headings) };
}
