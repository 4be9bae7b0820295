/**
 * Every folder in tests/fixtures/pages is a case: page.html and what a person expects of it
 * (expected.json). Adding a case is adding a folder; scripts/import-corpus.mjs writes the corpus ones.
 */
import { describe, expect, it } from 'vitest';
import { failingChecks, readKnownGaps } from '../../scripts/known-gaps';
import {
  belowFloor,
  languagesBelowFloor,
  listFixtures,
  loadFixture,
  type PageScore,
  readFloor,
  scorePage,
  summarize,
} from '../../scripts/score-page';

const slugs = listFixtures();
const gaps = readKnownGaps();
const scores = new Map<string, PageScore>();
const scoreOf = (slug: string) => {
  const score = scores.get(slug) ?? scorePage(loadFixture(slug));
  scores.set(slug, score);
  return score;
};

describe('fixture pages', () => {
  it('has the corpus and hand-written pages', () => {
    expect(slugs.length).toBeGreaterThan(100);
    expect(slugs).toContain('seed-000');
    expect(slugs).toContain('seed-001');
  });

  it.each(slugs)('%s', (slug) => {
    const s = scoreOf(slug);
    const known = gaps[slug]?.checks ?? [];
    if (known.length > 0) {
      // A known gap (tests/fixtures/known-gaps.json): exactly the listed checks fail; a fixed one leaves the list.
      expect(failingChecks(s), `known gaps of ${slug}: ${gaps[slug]?.why}`).toEqual(known);
      return;
    }
    expect(s.gotAutoOpen, 'sidebar opens by itself').toBe(s.expectedAutoOpen);
    if (s.expectedAutoOpen) {
      expect(s.gotTitles, 'fix titles, in order').toEqual(s.expectedTitles);
      if (s.expectedSteps) expect(s.gotSteps, 'sub-steps per fix').toEqual(s.expectedSteps);
    }
    expect(s.adsLeft, 'ads still on the page').toEqual([]);
    expect(s.contentLost, 'article elements removed').toEqual([]);
    expect(s.textsLost, 'article paragraphs removed').toEqual([]);
  });

  it('keeps the eval summary at or above tests/fixtures/eval-floor.json', () => {
    const summary = summarize(slugs.map(scoreOf));
    expect(belowFloor(summary, readFloor())).toEqual([]);
  });

  it('lists known gaps only for pages that exist', () => {
    for (const slug of Object.keys(gaps)) expect(slugs, 'known-gaps.json names a missing page').toContain(slug);
  });

  it('keeps every language at or above its own floor', () => {
    expect(languagesBelowFloor(slugs.map(scoreOf), readFloor())).toEqual([]);
  });
});

describe('the scorer', () => {
  // A scorer that cannot see damage would pass anything: break the page on purpose and watch it notice.
  it('notices a missed verdict, lost paragraphs and ads left in place', () => {
    const page = loadFixture('seed-000');
    const s = scorePage(page, (doc) => {
      for (const p of doc.querySelectorAll('.article-content p')) p.remove();
      return { autoOpen: false, fixes: [] };
    });
    expect(s.gotAutoOpen).toBe(false);
    expect(s.adsLeft.length).toBeGreaterThan(0);
    expect(s.contentLost.map((c) => c.selector)).toContain('.article-content p');
    expect(s.textsLost.length).toBeGreaterThan(10);
    const summary = summarize([s]);
    expect(summary.recall).toBe(0);
    expect(belowFloor(summary, readFloor())).not.toEqual([]);
  });

  it('counts a wrong title or step count as a miss', () => {
    const page = loadFixture('seed-001');
    const s = scorePage(page, () => ({
      autoOpen: true,
      fixes: page.expected.fixTitles.map((title, i) => ({ title: i === 0 ? `${title}!` : title, steps: [] })),
    }));
    expect(s.titlesExact).toBe(false);
    expect(s.titlesMatched).toBe(7);
    expect(s.stepsMatched).toBe(1); // only fix 4 has no sub-steps
  });
});
