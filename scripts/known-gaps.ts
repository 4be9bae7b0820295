/**
 * Known gaps: fixture checks the pipeline does not pass yet, listed in tests/fixtures/known-gaps.json with
 * why. The unit suite holds every other check of those pages, and fails when a listed check starts to pass
 * (so the list only shrinks). `npm run eval -- --update-gaps` rewrites the list from what fails now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOOR_FILE, type PageScore } from './score-page';

export type Check = 'autoOpen' | 'titles' | 'steps' | 'ads' | 'content' | 'texts';
export type KnownGaps = Record<string, { checks: Check[]; why: string }>;

/** Beside the eval floor. */
export const GAPS_FILE = join(FLOOR_FILE, '..', 'known-gaps.json');

export function readKnownGaps(): KnownGaps {
  return JSON.parse(readFileSync(GAPS_FILE, 'utf8')) as KnownGaps;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which of a page's checks fail, by name. */
export function failingChecks(s: PageScore): Check[] {
  const failing: Check[] = [];
  if (s.gotAutoOpen !== s.expectedAutoOpen) failing.push('autoOpen');
  if (s.expectedAutoOpen && !same(s.gotTitles, s.expectedTitles)) failing.push('titles');
  if (s.expectedAutoOpen && s.expectedSteps && !same(s.gotSteps, s.expectedSteps)) failing.push('steps');
  if (s.adsLeft.length > 0) failing.push('ads');
  if (s.contentLost.length > 0) failing.push('content');
  if (s.textsLost.length > 0) failing.push('texts');
  return failing;
}

/** Why a check fails, in the words the list keeps (the eval's tables say more). */
export function whyFailing(s: PageScore, checks: Check[]): string {
  const parts: string[] = [];
  if (checks.includes('autoOpen')) parts.push(s.expectedAutoOpen ? 'fixes not found' : 'opens where it should not');
  if (checks.includes('titles') || checks.includes('steps')) parts.push('fix titles or sub-steps differ');
  if (s.gotHelpPage !== s.expectedHelpPage)
    parts.push(s.expectedHelpPage ? 'not recognised as a help page, so its ads stay' : 'taken for a help page');
  else if (checks.includes('ads'))
    parts.push(`ad markup no list or signal knows: ${s.adsLeft.map((a) => a.selector).join(', ')}`);
  if ((checks.includes('content') || checks.includes('texts')) && s.gotHelpPage === s.expectedHelpPage)
    parts.push(`ad stripping takes: ${s.contentLost.map((c) => c.selector).join(', ') || 'article text'}`);
  return parts.join('; ');
}
