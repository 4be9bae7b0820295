// Per-page timings: (a) firstLook, (b) runPipeline (r: the sidebar's first render, timed apart), (c) a full Readability
// parse of a document clone, (d) one querySelectorAll('*') walk. All in the page, with the real code.
//
// The machine is shared and noisy, so the measures are interleaved in rounds (a, d, c, b, then again):
// each round's ratios compare figures taken under the same load, and the page's ratio is their median.
import { median, relativeIqr } from './stats.mjs';

/** How long one timed batch should last, per measure: long enough to dwarf the timer's resolution. */
const BATCH_MS = { firstLook: 10, walk: 10, readability: 30 };
/** Rounds per page, fewer when a page is slow (the large one). */
const ROUNDS = { max: 11, min: 5, wallMs: 5_000 };
const STEP_RUNS = 3;

const call = (page, fn, ...args) => page.evaluate(([f, a]) => globalThis.__fixlistBench[f](...a), [fn, args]);

/** Repetitions per batch so that one batch lasts about `BATCH_MS[measure]`. */
async function calibrate(page, measure) {
  let n = 1;
  for (;;) {
    const perRun = await call(page, 'sample', measure, n);
    const total = perRun * n;
    if (total >= 2 || n >= 1e6) {
      return Math.max(1, Math.min(1e6, Math.ceil((n * BATCH_MS[measure]) / Math.max(total, 1e-3))));
    }
    n *= 10;
  }
}

/** Median time of each pipeline step (help pages only: on others the pipeline stops after detection). */
async function sampleSteps(page) {
  const runs = [];
  for (let i = 0; i < STEP_RUNS; i++) runs.push(await call(page, 'pipelineSteps'));
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((name) => [name, median(runs.map((r) => r[name]))]));
}

const summary = (samples) => ({ median: median(samples), spread: relativeIqr(samples), samples: samples.length });

/**
 * Measures one page in a fresh context: the first look and the pipeline cold (first run in this
 * renderer, on the page as loaded), then warm medians of every measure, in rounds.
 */
export async function measurePage(newContext, url, harness) {
  const context = await newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: harness });
    const info = await page.evaluate(() => {
      const b = globalThis.__fixlistBench;
      return { isolated: b.isolated, canCollectGarbage: b.canCollectGarbage, elements: b.elements() };
    });
    const cold = await call(page, 'coldFirstLook');
    await call(page, 'snapshot');
    const coldPipeline = await call(page, 'pipelineOnce', true);
    await call(page, 'restore');

    const reps = {};
    for (const measure of ['firstLook', 'walk', 'readability']) {
      reps[measure] = await calibrate(page, measure);
    }
    // Warm-up, not counted: Readability's calibration ran it hundreds of times; the pipeline gets as many
    // runs (or 3 s) so that both are timed with their code equally optimised.
    await call(page, 'warmPipeline', 200, 3_000);
    await call(page, 'round', reps);

    const rounds = [];
    const t0 = Date.now();
    while (rounds.length < ROUNDS.max && (rounds.length < ROUNDS.min || Date.now() - t0 < ROUNDS.wallMs)) {
      rounds.push(await call(page, 'round', reps));
    }
    const of = (k) => rounds.map((r) => r[k]);
    const steps = coldPipeline.isHelpPage ? await sampleSteps(page) : null;
    const adEngine = await call(page, 'adEngineCost');
    const { isHelpPage, autoOpen, fixes, adsRemoved, rendered } = coldPipeline;
    return {
      ...info,
      rounds: rounds.length,
      reps,
      firstLookPassed: cold.passed,
      coldFirstLook: cold.ms,
      firstLook: summary(of('a')),
      walk: summary(of('d')),
      readability: summary(of('c')),
      pipeline: {
        ...summary(of('b')),
        render: coldPipeline.renderMs === null ? null : median(of('r')),
        cold: coldPipeline.ms,
        layout: coldPipeline.layoutMs,
        isHelpPage,
        autoOpen,
        fixes,
        adsRemoved,
        rendered,
      },
      ratios: {
        ac: median(rounds.map((r) => r.a / r.c)),
        ad: median(rounds.map((r) => r.a / r.d)),
        bc: median(rounds.map((r) => r.b / r.c)),
        rc: coldPipeline.renderMs === null ? null : median(rounds.map((r) => r.r / r.c)),
        brc: coldPipeline.renderMs === null ? null : median(rounds.map((r) => (r.b + r.r) / r.c)),
      },
      steps,
      adEngine,
    };
  } finally {
    await context.close();
  }
}
