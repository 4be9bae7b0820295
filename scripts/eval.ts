/**
 * `npm run eval`: runs the pipeline over every fixture page and prints one row per page and a summary.
 * `npm run eval -- --update-floor` also stores the summary as the floor the unit test holds it to;
 * `--update-gaps` lists the checks that fail now as known gaps (tests/fixtures/known-gaps.json).
 */
import { writeFileSync } from 'node:fs';
import { failingChecks, GAPS_FILE, type KnownGaps, whyFailing } from './known-gaps';
import {
  belowFloor,
  FLOOR_FILE,
  type Floor,
  fmt,
  groupBy,
  languageFloors,
  languagesBelowFloor,
  listFixtures,
  loadFixture,
  type PageScore,
  readFloor,
  scorePage,
  summarize,
  summaryLines,
} from './score-page';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function row(s: PageScore): string {
  const open = `${yesNo(s.expectedAutoOpen)}/${yesNo(s.gotAutoOpen)}`;
  const titles = s.expectedAutoOpen ? `${s.titlesMatched}/${s.expectedTitles.length}${s.titlesExact ? '' : '≠'}` : '-';
  const steps = s.expectedSteps ? `${s.stepsMatched}/${s.expectedSteps.length}` : '-';
  const ads = s.adsLeft.reduce((n, a) => n + a.count, 0);
  const lost = s.textsLost.length + s.contentLost.reduce((n, c) => n + c.expected - c.got, 0);
  const flag =
    s.expectedAutoOpen !== s.gotAutoOpen ||
    s.expectedHelpPage !== s.gotHelpPage ||
    (s.expectedAutoOpen && !s.titlesExact) ||
    ads ||
    lost;
  return [
    flag ? '✗' : ' ',
    s.slug.slice(0, 64).padEnd(64),
    open.padEnd(7),
    titles.padEnd(6),
    steps.padEnd(5),
    String(ads).padStart(4),
    String(lost).padStart(5),
  ].join(' ');
}

const scores = listFixtures().map((slug) => scorePage(loadFixture(slug)));
console.log(`  ${'slug'.padEnd(64)} open    titles steps  ads  lost   (open: expected/got)`);
for (const s of scores) {
  console.log(row(s));
  if (process.argv.includes('--verbose')) {
    if (s.expectedAutoOpen && !s.titlesExact) console.log('     got titles:', s.gotTitles, 'steps:', s.gotSteps);
    for (const a of s.adsLeft) console.log('     ad left:', a.selector, a.count);
    for (const c of s.contentLost) console.log('     content lost:', c.selector, `${c.got}/${c.expected}`);
    for (const t of s.textsLost) console.log('     text lost:', t);
  }
}
const summary = summarize(scores);
console.log('');
for (const line of summaryLines(summary)) console.log(line);
// Ad filters left out because they would have taken article content (a fix, a screenshot, the comments).
const skipped = scores.flatMap((s) => s.skippedFilters.map((f) => `${s.slug}: ${f.filter} (${f.reason})`));
console.log(`ad filters skipped to keep the article: ${skipped.length}`);
for (const line of skipped) console.log(`  skipped ${line}`);
console.log(`ad network fixtures (ads-*): ${scores.filter((s) => s.slug.startsWith('ads-')).length}`);

/** One row per language or structure: pages, auto-open precision and recall, titles exact, sub-steps ("-": none expected). */
function groupRows(key: 'lang' | 'structure', label: string): void {
  console.log(`\n  ${label.padEnd(26)} pages  open+  precision  recall  titles  steps`);
  for (const [name, group] of groupBy(scores, key)) {
    const s = summarize(group);
    const positives = group.filter((p) => p.expectedAutoOpen).length;
    const counted = group.some((p) => p.expectedSteps);
    const cells = [
      (name === '-' ? '(not labelled: corpus)' : name).padEnd(26),
      String(group.length).padStart(5),
      String(positives).padStart(6),
      fmt(s.precision).padStart(10),
      (positives ? fmt(s.recall) : '-').padStart(7),
      (positives ? fmt(s.titleExactPerPage) : '-').padStart(7),
      (counted ? fmt(s.stepCountMatch) : '-').padStart(6),
    ];
    console.log(`  ${cells.join(' ')}`);
  }
}
groupRows('lang', 'language');
groupRows('structure', 'structure');
console.log('');

if (process.argv.includes('--update-gaps')) {
  const gaps: KnownGaps = {};
  for (const s of scores) {
    const checks = failingChecks(s);
    if (checks.length > 0) gaps[s.slug] = { checks, why: whyFailing(s, checks) };
  }
  writeFileSync(GAPS_FILE, `${JSON.stringify(gaps, null, 2)}\n`);
  console.log(`${Object.keys(gaps).length} pages with known gaps written to ${GAPS_FILE}`);
}
if (process.argv.includes('--update-floor')) {
  const { pages: _pages, ...rest }: { pages: number } & Floor = summary;
  const floor: Floor = { ...rest, languages: languageFloors(scores) };
  writeFileSync(FLOOR_FILE, `${JSON.stringify(floor, null, 2)}\n`);
  console.log(`floor written to ${FLOOR_FILE}`);
} else {
  const failures = [...belowFloor(summary, readFloor()), ...languagesBelowFloor(scores, readFloor())];
  for (const f of failures) console.log(`below floor: ${f}`);
  if (failures.length) process.exitCode = 1;
}
