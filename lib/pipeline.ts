import type { AdEngine } from './ads/ad-engine';
import { findAds, removeAds, type SkippedFilter } from './ads/strip-ads';
import { detectHelpPage } from './detect/detect-help-page';
import { extractGuide } from './extract/extract-guide';
import { buildOutline } from './outline/build-outline';
import type { Guide, Verdict } from './types';

export interface PipelineResult {
  verdict: Verdict;
  guide: Guide | null;
  adsRemoved: number;
  /** Filters that matched article content on this page and were left out (the eval lists them). */
  skippedFilters: SkippedFilter[];
  /** Hiding selectors that matched something kept here: the page's stylesheet leaves them out. */
  keptSelectors: string[];
}

/**
 * The whole pipeline over one page: find the ad boxes, read the page once into an outline, decide from it,
 * then (on a help page, or when the person asked) strip the ads from the live page and extract the fixes
 * from the same outline. A page that is not a help page is left untouched.
 */
export function runPipeline(doc: Document, options: { force?: boolean; ads?: AdEngine } = {}): PipelineResult {
  const ads = findAds(doc, options.ads);
  // Asked for a checklist, the person gets one even of a single numbered fix.
  const outline = buildOutline(doc, ads.nodes, options.force ? 1 : 2);
  const verdict = detectHelpPage(outline);
  const found = { skippedFilters: ads.skipped, keptSelectors: ads.keptSelectors };
  if (!verdict.isHelpPage && !options.force) return { verdict, guide: null, adsRemoved: 0, ...found };
  const adsRemoved = removeAds(ads.nodes);
  return { verdict, guide: extractGuide(outline), adsRemoved, ...found };
}
