/**
 * Scores the pipeline on the fixture pages (tests/fixtures/pages/<slug>/{page.html, expected.json}).
 * One module for `npm run eval` and tests/unit/fixtures.test.ts, so the two cannot disagree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { firstLook } from '../lib/first-look';
import { worthAFirstLook } from '../lib/first-look-trigger';
import { runPipeline } from '../lib/pipeline';

// A path, not `new URL(…)`: under vitest's happy-dom environment URL is the DOM's, which node:url refuses.
const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = join(PROJECT, 'tests', 'fixtures', 'pages');
export const FLOOR_FILE = join(PROJECT, 'tests', 'fixtures', 'eval-floor.json');

/** What a person expects of one page (written by scripts/import-corpus.mjs or by hand). */
export interface Expected {
  slug: string;
  origin: string;
  label: 'positive' | 'negative';
  autoOpen: boolean;
  /** The fixes of an auto-open page, in order, without their numbering. */
  fixTitles: string[];
  /** Sub-steps per fix, where someone counted them. */
  stepCounts?: number[];
  /** Copies of one article share a cluster; a page without one is its own. */
  cluster?: string;
  /** After the pipeline, each of these selectors matches nothing. */
  adsGone: string[];
  /** After the pipeline, each selector still matches at least `count` elements. */
  contentKept: { selector: string; count: number }[];
  /** After the pipeline, the page text still holds each of these (starts of article paragraphs). */
  keepTexts: string[];
  /** The page address the content script sees (default: a neutral local one that says nothing). */
  url?: string;
  /** The article's language and how its fixes are written (real-article fixtures): the eval's rows. */
  lang?: string;
  structure?: string;
}

export interface FixturePage {
  slug: string;
  html: string;
  expected: Expected;
}

export interface PageScore {
  slug: string;
  cluster: string;
  /** "-" where the fixture does not say. */
  lang: string;
  structure: string;
  expectedAutoOpen: boolean;
  gotAutoOpen: boolean;
  /** A WhatsApp-backup page (label positive), and whether the extension recognised it as one. */
  expectedHelpPage: boolean;
  gotHelpPage: boolean;
  expectedTitles: string[];
  gotTitles: string[];
  /** Expected titles found among the extracted ones. */
  titlesMatched: number;
  titlesExact: boolean;
  expectedSteps: number[] | null;
  gotSteps: number[];
  stepsMatched: number;
  adsLeft: { selector: string; count: number }[];
  contentLost: { selector: string; expected: number; got: number }[];
  textsLost: string[];
  /** Ad filters that matched article content on this page and were left out. */
  skippedFilters: { filter: string; reason: string }[];
}

export interface Summary {
  pages: number;
  precision: number;
  recall: number;
  /** Recognising WhatsApp-backup pages at all (the popup's "recognised" line, ads stripped). */
  helpPrecision: number;
  helpRecall: number;
  /** Share of auto-open pages whose fix titles come out exactly, in order. */
  titleExactPerPage: number;
  /** The same, averaged over clusters (copies of one article count once). */
  titleExactPerCluster: number;
  /** Share of counted fixes whose sub-step count comes out right. */
  stepCountMatch: number;
  adsLeft: number;
  contentLost: number;
}

export function listFixtures(dir = PAGES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

export function loadFixture(slug: string, dir = PAGES_DIR): FixturePage {
  const folder = join(dir, slug);
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected;
  return { slug, html: readFileSync(join(folder, 'page.html'), 'utf8'), expected };
}

/** Typographic quotes and runs of spaces differ between copies of a title; nothing else may. */
export function sameTitle(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .trim();
}

const textOf = (doc: Document) => (doc.body?.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ');

/** What the extension does with a page: the every-page first look, then the pipeline. */
export interface PageRun {
  autoOpen: boolean;
  /** Recognised as a WhatsApp-backup page (defaults to autoOpen). */
  helpPage?: boolean;
  fixes: { title: string; steps: unknown[] }[];
  skippedFilters?: { filter: string; reason: string }[];
}

export function runExtension(doc: Document): PageRun {
  // The background's glance at the tab's address and title, then the first look in the page.
  const looked = worthAFirstLook(doc.location.href, doc.title) && firstLook(doc);
  const result = runPipeline(doc);
  const autoOpen = looked && result.verdict.autoOpen;
  return {
    autoOpen,
    helpPage: looked && result.verdict.isHelpPage,
    fixes: autoOpen ? (result.guide?.fixes ?? []) : [],
    skippedFilters: result.verdict.isHelpPage ? result.skippedFilters : [],
  };
}

/** Loads the page as a browser tab would (no scripts run), then runs what the extension runs. */
export function scorePage({ slug, html, expected }: FixturePage, run = runExtension): PageScore {
  const window = new Window({
    url: expected.url ?? 'http://127.0.0.1/page.html',
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    const { autoOpen: gotAutoOpen, helpPage, fixes, skippedFilters = [] } = run(doc);
    const gotTitles = fixes.map((f) => sameTitle(f.title));
    const expectedTitles = expected.fixTitles.map(sameTitle);
    const gotSteps = fixes.map((f) => f.steps.length);
    const expectedSteps = expected.autoOpen && expected.stepCounts ? expected.stepCounts : null;

    const text = textOf(doc);
    return {
      slug,
      cluster: expected.cluster ?? slug,
      lang: expected.lang ?? '-',
      structure: expected.structure ?? '-',
      expectedAutoOpen: expected.autoOpen,
      gotAutoOpen,
      expectedHelpPage: expected.label === 'positive',
      gotHelpPage: helpPage ?? gotAutoOpen,
      expectedTitles,
      gotTitles,
      titlesMatched: expectedTitles.filter((t) => gotTitles.includes(t)).length,
      titlesExact: expected.autoOpen && gotTitles.join('\n') === expectedTitles.join('\n'),
      expectedSteps,
      gotSteps,
      stepsMatched: expectedSteps
        ? expectedSteps.filter((n, i) => gotTitles[i] === expectedTitles[i] && gotSteps[i] === n).length
        : 0,
      adsLeft: expected.adsGone
        .map((selector) => ({ selector, count: doc.querySelectorAll(selector).length }))
        .filter((a) => a.count > 0),
      contentLost: expected.contentKept
        .map(({ selector, count }) => ({ selector, expected: count, got: doc.querySelectorAll(selector).length }))
        .filter((c) => c.got < c.expected),
      textsLost: expected.keepTexts.filter((t) => !text.includes(t)),
      skippedFilters,
    };
  } finally {
    void window.happyDOM.close();
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function summarize(scores: PageScore[]): Summary {
  const tp = scores.filter((s) => s.gotAutoOpen && s.expectedAutoOpen).length;
  const fp = scores.filter((s) => s.gotAutoOpen && !s.expectedAutoOpen).length;
  const fn = scores.filter((s) => !s.gotAutoOpen && s.expectedAutoOpen).length;
  const htp = scores.filter((s) => s.gotHelpPage && s.expectedHelpPage).length;
  const hfp = scores.filter((s) => s.gotHelpPage && !s.expectedHelpPage).length;
  const hfn = scores.filter((s) => !s.gotHelpPage && s.expectedHelpPage).length;
  const autoOpen = scores.filter((s) => s.expectedAutoOpen);
  const clusters = new Map<string, PageScore[]>();
  for (const s of autoOpen) clusters.set(s.cluster, [...(clusters.get(s.cluster) ?? []), s]);
  const clusterRates = [...clusters.values()].map((pages) =>
    ratio(pages.filter((p) => p.titlesExact).length, pages.length),
  );
  const counted = scores.filter((s) => s.expectedSteps);
  return {
    pages: scores.length,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    helpPrecision: ratio(htp, htp + hfp),
    helpRecall: ratio(htp, htp + hfn),
    titleExactPerPage: ratio(autoOpen.filter((s) => s.titlesExact).length, autoOpen.length),
    titleExactPerCluster: ratio(
      clusterRates.reduce((a, b) => a + b, 0),
      clusterRates.length,
    ),
    stepCountMatch: ratio(
      counted.reduce((n, s) => n + s.stepsMatched, 0),
      counted.reduce((n, s) => n + (s.expectedSteps?.length ?? 0), 0),
    ),
    adsLeft: scores.reduce((n, s) => n + s.adsLeft.reduce((m, a) => m + a.count, 0), 0),
    contentLost: scores.reduce(
      (n, s) => n + s.textsLost.length + s.contentLost.reduce((m, c) => m + c.expected - c.got, 0),
      0,
    ),
  };
}

/** The rates that matter per language: auto-open precision and recall, titles, sub-steps. */
export type GroupFloor = Pick<Summary, 'precision' | 'recall' | 'titleExactPerPage' | 'stepCountMatch'>;
const GROUP_RATES = ['precision', 'recall', 'titleExactPerPage', 'stepCountMatch'] as const;

/** The figures the pipeline has reached: rates may not fall, counts of damage may not rise. */
export type Floor = Omit<Summary, 'pages'> & { languages?: Record<string, GroupFloor> };

/** Scores grouped by a field (language, structure), groups sorted by name. */
export function groupBy(scores: PageScore[], key: 'lang' | 'structure'): [string, PageScore[]][] {
  const groups = new Map<string, PageScore[]>();
  for (const s of scores) groups.set(s[key], [...(groups.get(s[key]) ?? []), s]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Per-language floors from the scores as they are. */
export function languageFloors(scores: PageScore[]): Record<string, GroupFloor> {
  const floors: Record<string, GroupFloor> = {};
  for (const [lang, group] of groupBy(scores, 'lang')) {
    const s = summarize(group);
    floors[lang] = {
      precision: s.precision,
      recall: s.recall,
      titleExactPerPage: s.titleExactPerPage,
      stepCountMatch: s.stepCountMatch,
    };
  }
  return floors;
}

/** Every way a language falls below its floor, in words; empty when all hold. */
export function languagesBelowFloor(scores: PageScore[], floor: Floor): string[] {
  const failures: string[] = [];
  for (const [lang, group] of groupBy(scores, 'lang')) {
    const want = floor.languages?.[lang];
    if (!want) continue;
    const s = summarize(group);
    for (const key of GROUP_RATES) {
      if (s[key] < want[key] - 1e-9) failures.push(`${lang} ${key} ${fmt(s[key])} < floor ${fmt(want[key])}`);
    }
  }
  return failures;
}

export function readFloor(): Floor {
  return JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as Floor;
}

/** Every way the summary falls below the floor, in words; empty when it holds. */
export function belowFloor(summary: Summary, floor: Floor): string[] {
  const failures: string[] = [];
  const rates = [
    'precision',
    'recall',
    'helpPrecision',
    'helpRecall',
    'titleExactPerPage',
    'titleExactPerCluster',
    'stepCountMatch',
  ] as const;
  for (const key of rates) {
    if (summary[key] < floor[key] - 1e-9) failures.push(`${key} ${fmt(summary[key])} < floor ${fmt(floor[key])}`);
  }
  for (const key of ['adsLeft', 'contentLost'] as const) {
    if (summary[key] > floor[key]) failures.push(`${key} ${summary[key]} > floor ${floor[key]}`);
  }
  return failures;
}

export const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(3));

export function summaryLines(s: Summary): string[] {
  return [
    `pages: ${s.pages}`,
    `auto-open precision: ${fmt(s.precision)}  recall: ${fmt(s.recall)}`,
    `help-page recognised precision: ${fmt(s.helpPrecision)}  recall: ${fmt(s.helpRecall)}`,
    `fix titles exact: ${(s.titleExactPerPage * 100).toFixed(1)}% per page, ${(s.titleExactPerCluster * 100).toFixed(1)}% per cluster`,
    `sub-step counts matched: ${(s.stepCountMatch * 100).toFixed(1)}%`,
    `ad elements left: ${s.adsLeft}`,
    `content elements lost: ${s.contentLost}`,
  ];
}
