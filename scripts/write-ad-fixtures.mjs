#!/usr/bin/env node
/**
 * Writes tests/fixtures/pages/ads-<slug>/ for every network in tests/fixtures/ads/networks.mjs: the short help
 * article of tests/fixtures/ads/base.html carrying that network's markup, and an expected.json whose ad
 * selectors come from the table and whose content checks scripts/add-fixture.mjs computes from the HTML.
 *
 *   node scripts/write-ad-fixtures.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networks } from '../tests/fixtures/ads/networks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const base = readFileSync(join(root, 'tests', 'fixtures', 'ads', 'base.html'), 'utf8');
const SLOTS = ['top', 'mid', 'in', 'end', 'side', 'foot'];
const slugs = [];

for (const n of networks) {
  const slug = `ads-${n.slug}`;
  let html = base.replaceAll('{{SITE}}', 'Phone Fix Hub').replace('{{SENTENCE}}', n.sentence ?? '');
  for (const slot of SLOTS) html = html.replace(`{{AD_${slot.toUpperCase()}}}`, n.slots[slot] ?? '');
  const dir = join(root, 'tests', 'fixtures', 'pages', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), html);
  const expected = {
    slug,
    origin: `hand-written from pattern: ${n.seen}`,
    label: 'positive',
    autoOpen: true,
    fixTitles: [
      'Check the Google Account Used for Backups',
      'Free Up Space in Google Drive',
      'Back Up Over Wi-Fi and Keep the Phone Charging',
    ],
    stepCounts: [3, 3, 3],
    cluster: 'ADS-BASE',
    notes: `ad network fixture: ${n.slug}${n.sentence ? '; an affiliate link inside a sentence must stay' : ''}`,
    handAdsGone: n.gone,
  };
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  slugs.push(slug);
}
const r = spawnSync('node', [join(root, 'scripts', 'add-fixture.mjs'), ...slugs], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

// Never the article: the screenshot, the comments and an affiliate link inside a sentence all stay.
for (const n of networks) {
  const file = join(root, 'tests', 'fixtures', 'pages', `ads-${n.slug}`, 'expected.json');
  const expected = JSON.parse(readFileSync(file, 'utf8'));
  expected.contentKept.push({ selector: 'figure img.wp-image-311', count: 1 }, { selector: '#comments li', count: 2 });
  if (n.sentence) expected.contentKept.push({ selector: 'article p > a[href]', count: 1 });
  if (n.keep) expected.contentKept.push(...n.keep);
  writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);
}
