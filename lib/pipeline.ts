import { detectHelpPage } from './detect-help-page';
import { extractGuide } from './extract-guide';
import { findAds, removeAds } from './strip-ads';
import type { Guide, Verdict } from './types';

export interface PipelineResult {
  verdict: Verdict;
  guide: Guide | null;
  adsRemoved: number;
}

/**
 * The whole pipeline over one page: detect, then (on a help page, or when the person asked) strip the
 * ads from the live page and extract the fixes. A page that is not a help page is left untouched.
 */
export function runPipeline(doc: Document, options: { force?: boolean } = {}): PipelineResult {
  const ads = findAds(doc);
  const verdict = detectHelpPage(doc, ads);
  if (!verdict.isHelpPage && !options.force) return { verdict, guide: null, adsRemoved: 0 };
  const adsRemoved = removeAds(ads);
  return { verdict, guide: extractGuide(doc), adsRemoved };
}
