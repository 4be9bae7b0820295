/**
 * The in-page half of `npm run bench`: the extension's real code (first look, pipeline, sidebar) and
 * Readability, with timing helpers. Bundled to one IIFE and injected into each bench page.
 */

import { listText } from 'virtual:built-in-ad-engine';
import { FiltersEngine } from '@ghostery/adblocker';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { render } from 'preact';
import { Sidebar } from '../components/Sidebar';
import sidebarCss from '../components/sidebar.css?inline';
import themeCss from '../components/theme.css?inline';
import { createClosedHost } from '../entrypoints/guide/closed-host';
import { createAdEngine } from '../lib/ads/ad-engine';
import { findAds, removeAds } from '../lib/ads/strip-ads';
import { detectHelpPage } from '../lib/detect/detect-help-page';
import { extractGuide } from '../lib/extract/extract-guide';
import { firstLook } from '../lib/first-look';
import { buildOutline } from '../lib/outline/build-outline';
import { runPipeline } from '../lib/pipeline';

/** The page as it loaded, before the pipeline mutates it: every measurement starts from a copy. */
let pristine: Element | null = null;

function snapshot(): void {
  pristine = document.documentElement.cloneNode(true) as Element;
}

/**
 * Put the page back as it loaded. Not laid out again: nothing in the pipeline reads layout, and a
 * forced layout costs seconds on the large page.
 */
function restore(): void {
  if (!pristine) throw new Error('bench: snapshot() first');
  document.replaceChild(pristine.cloneNode(true), document.documentElement);
  collectGarbage();
}

/** A full GC between timed runs (Chromium runs with --expose-gc): the last copy's garbage is not ours. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Run `work` n times in one timed batch: performance.now() may be coarsened to 0.1 ms. */
function batch(n: number, work: () => unknown): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (work()) sink++;
  const ms = performance.now() - t0;
  (globalThis as Record<string, unknown>).__benchSink = sink;
  return ms / n;
}

/**
 * Run `work` n times, each run timed alone right after a full GC, as the pipeline is (its runs need a restored
 * page, whose garbage is not theirs). A GC discards compiled regular expressions and the like, which the next
 * run rebuilds: Readability, timed in one batch, would be spared that cost and the pipeline not.
 */
function afterGc(n: number, work: () => unknown): number {
  let ms = 0;
  let sink = 0;
  for (let i = 0; i < n; i++) {
    collectGarbage();
    const t0 = performance.now();
    if (work()) sink++;
    ms += performance.now() - t0;
  }
  (globalThis as Record<string, unknown>).__benchSink = sink;
  return ms / n;
}

/** Readability's runs per round, at most (each after a GC, which costs more than the run on small pages). */
const READABILITY_RUNS_PER_ROUND = 8;

const measures = {
  firstLook: () => firstLook(document),
  walk: () => document.querySelectorAll('*').length,
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
};
type Measure = keyof typeof measures;

/**
 * The sidebar as the guide script mounts it (entrypoints/guide/closed-host.ts: closed root, constructable
 * styles, top layer). Returns its container, which the bench holds as the guide script does.
 */
function mountSidebar(guide: NonNullable<ReturnType<typeof runPipeline>['guide']>, adsRemoved: number): HTMLElement {
  const ui = createClosedHost('fixlist-sidebar', `${themeCss}\n${sidebarCss}`, 'fl-root');
  render(<Sidebar guide={guide} adsRemoved={adsRemoved} initiallyOpen={true} onSelectFix={() => {}} />, ui.container);
  return ui.container;
}

/**
 * One pipeline run: runPipeline + first render. `fresh`: on the page as loaded (and laid out), also
 * timing the style and layout the changes cause; otherwise on a restored copy.
 */
function pipelineOnce(fresh = false) {
  if (!fresh) restore();
  return runPipelineAndRender(fresh);
}

/**
 * The ad engine a run starts from: a fresh one (made outside the timing), as each page load has; reusing one
 * would carry its URL verdicts and lazily read filters from run to run, which no page gets.
 */
function freshEngine() {
  return createAdEngine();
}

function runPipelineAndRender(fresh: boolean) {
  const ads = freshEngine();
  const t0 = performance.now();
  const result = runPipeline(document, { ads });
  const t1 = performance.now();
  // The product mounts the sidebar in a later task (after the guide is saved): timed apart.
  const root = result.guide && result.verdict.autoOpen ? mountSidebar(result.guide, result.adsRemoved) : null;
  const t2 = performance.now();
  if (fresh) void (root ?? document.body).getBoundingClientRect();
  const t3 = performance.now();
  return {
    ms: t1 - t0,
    renderMs: root ? t2 - t1 : null,
    layoutMs: fresh ? t3 - t2 : null,
    isHelpPage: result.verdict.isHelpPage,
    autoOpen: result.verdict.autoOpen,
    fixes: result.guide?.fixes.length ?? 0,
    adsRemoved: result.adsRemoved,
    rendered: !!root?.querySelector('.fl-sidebar'),
  };
}

/**
 * Where the pipeline's time goes: runPipeline's steps one by one (same order, same inputs), plus
 * Readability's isProbablyReaderable for comparison with the outline's own. Diagnostic only.
 */
function pipelineSteps(): Record<string, number> {
  const t: Record<string, number> = {};
  const time = <T,>(name: string, work: () => T): T => {
    const t0 = performance.now();
    const out = work();
    t[name] = performance.now() - t0;
    return out;
  };
  restore();
  time('isProbablyReaderable', () => isProbablyReaderable(document));
  const engine = freshEngine();
  const ads = time('findAds', () => findAds(document, engine));
  const outline = time('outline', () => buildOutline(document, ads.nodes));
  const verdict = time('detectHelpPage', () => detectHelpPage(outline));
  if (!verdict.isHelpPage) return t;
  const removed = time('removeAds', () => removeAds(ads.nodes));
  const guide = time('extractGuide', () => extractGuide(outline));
  if (guide && verdict.autoOpen) time('render', () => mountSidebar(guide, removed));
  return t;
}

/** The very first call in this document: what the every-page script really costs, cold. */
function coldFirstLook() {
  const t0 = performance.now();
  const passed = firstLook(document);
  return { ms: performance.now() - t0, passed };
}

/**
 * The ad engine's own cost: loading it from the serialized engine made at build time (what the guide
 * script does), parsing the lists instead (the old way, for comparison), and matching this page.
 */
function adEngineCost() {
  const t0 = performance.now();
  const engine = createAdEngine();
  const loadMs = performance.now() - t0;
  const parseMs = batch(5, () => FiltersEngine.parse(listText));
  const serializedBytes = FiltersEngine.parse(listText).serialize().length;
  restore();
  const matchMs = batch(5, () => findAds(document, engine).nodes.length);
  return { loadMs, parseMs, serializedBytes, matchMs, listBytes: listText.length };
}

export const bench = {
  adEngineCost,
  isolated: globalThis.crossOriginIsolated === true,
  canCollectGarbage: typeof (globalThis as { gc?: unknown }).gc === 'function',
  elements: () => document.getElementsByTagName('*').length,
  htmlBytes: () => document.documentElement.outerHTML.length,
  snapshot,
  restore,
  coldFirstLook,
  pipelineOnce,
  /**
   * Run the pipeline on restored copies until it has run `n` times or for `ms`: Readability's measure is
   * warmed by its calibration's hundreds of runs, so the pipeline gets its share of the JIT before timing.
   */
  warmPipeline(n: number, ms: number) {
    const t0 = performance.now();
    let runs = 0;
    while (runs < n && performance.now() - t0 < ms) {
      pipelineOnce();
      runs++;
    }
    return runs;
  },
  /** runPipeline alone on the page as it is now, with the engine given (bench/profile.mjs restores it first). */
  pipelineRun: (engine: ReturnType<typeof createAdEngine>) => runPipeline(document, { ads: engine }).verdict.isHelpPage,
  freshEngine,
  pipelineSteps,
  /** One timed batch of `n` repetitions, in ms per repetition (for calibration and warm-up). */
  sample: (measure: Measure, n: number) => batch(n, measures[measure]),
  /**
   * One round on a restored page: a batch of the first look and of the walk, Readability's runs each right
   * after a GC, then one pipeline run (after a GC too) and its sidebar's first render, timed apart (a, d and c
   * leave the page as it was). Ms per repetition.
   */
  round(reps: Record<Measure, number>) {
    restore();
    const a = batch(reps.firstLook, measures.firstLook);
    const d = batch(reps.walk, measures.walk);
    // Each run pays a GC before it: a few runs a round keep the bench's time in bounds.
    const c = afterGc(Math.min(reps.readability, READABILITY_RUNS_PER_ROUND), measures.readability);
    collectGarbage();
    const run = runPipelineAndRender(false);
    return { a, b: run.ms, c, d, r: run.renderMs };
  },
};

(globalThis as Record<string, unknown>).__fixlistBench = bench;
