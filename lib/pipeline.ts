import { detectHelpPage } from './detect/detect-help-page';
import { extractGuide } from './extract/extract-guide';
import { buildOutline } from './outline/build-outline';
import { findAds, removeAds } from './strip-ads';
import type { Guide, Verdict } from './types';

export interface PipelineResult {
  verdict: Verdict;
  guide: Guide | null;
  adsRemoved: number;
}

/**
 * The whole pipeline over one page: find the ad boxes, read the page once into an outline, decide from it,
 * then (on a help page, or when the person asked) strip the ads from the live page and extract the fixes
 * from the same outline. A page that is not a help page is left untouched.
 */
export function runPipeline(doc: Document, options: { force?: boolean } = {}): PipelineResult {
  const ads = findAds(doc);
  const outline = buildOutline(doc, ads);
  const verdict = detectHelpPage(outline);
  if (!verdict.isHelpPage && !options.force) return { verdict, guide: null, adsRemoved: 0 };
  const adsRemoved = removeAds(ads);
  return { verdict, guide: extractGuide(outline), adsRemoved };
}
