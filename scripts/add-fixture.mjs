#!/usr/bin/env node
/**
 * Completes a hand-written fixture: given tests/fixtures/pages/<slug>/ with page.html and an
 * expected.json holding what a person decided (slug, origin, label, autoOpen, fixTitles, stepCounts,
 * any extra adsGone selectors), it adds the computed adsGone, contentKept and keepTexts.
 *
 *   node scripts/add-fixture.mjs <slug> [<slug> …]
 *
 * Ads outside the markers scripts/fixture-expectations.mjs knows (affiliate comment spans, adsbygoogle,
 * "Also read:") go in `handAdsGone`: they must be gone after the pipeline and their text is not content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectationsOf, parse } from './fixture-expectations.mjs';

const pages = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'tests', 'fixtures', 'pages');

for (const slug of process.argv.slice(2)) {
  const dir = join(pages, slug);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  const computed = expectationsOf(html, expected.label, expected.handAdsGone ?? []);
  const handAds = (expected.handAdsGone ?? []).filter((sel) => !computed.adsGone.includes(sel));
  const window = parse(html);
  for (const sel of handAds) {
    if (!window.document.querySelector(sel)) throw new Error(`${slug}: ${sel} matches nothing before stripping`);
  }
  window.close();
  const out = {
    slug,
    origin: expected.origin,
    label: expected.label,
    autoOpen: expected.autoOpen,
    fixTitles: expected.fixTitles ?? [],
    ...(expected.stepCounts ? { stepCounts: expected.stepCounts } : {}),
    ...(expected.cluster ? { cluster: expected.cluster } : {}),
    ...(expected.notes ? { notes: expected.notes } : {}),
    ...(expected.handAdsGone ? { handAdsGone: expected.handAdsGone } : {}),
    adsGone: [...computed.adsGone, ...handAds],
    contentKept: computed.contentKept,
    keepTexts: computed.keepTexts,
  };
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${slug}: ${out.adsGone.length} ad selectors, ${out.keepTexts.length} texts`);
}
