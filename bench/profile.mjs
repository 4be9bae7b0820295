// `node bench/profile.mjs <slug|corpus path> [runs]`: where the pipeline's time goes on one page, by
// function (V8's sampling profiler over many runs, each on a restored page with a fresh ad engine, as in
// `npm run bench`). FOCUS=<function name> also lists what runs under that function. For optimising, not a budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { buildHarness } from './build-harness.mjs';
import { resolvePage } from './pages.mjs';
import { startServer } from './server.mjs';

const [target = 'rw-es-larepublica-restaurar-copia', runsArg = '300'] = process.argv.slice(2);
const page = resolvePage(
  target.includes('/') ? { kind: 'profile', corpus: target } : { slug: target, kind: 'profile' },
);
if (!page.file) throw new Error(`profile: no page ${target}`);
const harness = await buildHarness(path.join(import.meta.dirname, '.out/harness-profile.js'), { minify: false });
const server = await startServer();
const url = server.add('/p.html', readFileSync(page.file, 'utf8'), { isolated: true });
const { newContext, close } = await launchBrowser();
try {
  const context = await newContext();
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  await tab.addScriptTag({ content: harness });
  await tab.evaluate(() => globalThis.__fixlistBench.snapshot());
  const runs = Number(runsArg);
  await tab.evaluate(() => globalThis.__fixlistBench.warmPipeline(30, 3000));
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  // Restores and engine loads are profiled too: only samples under runPipeline count below.
  const ms = await tab.evaluate((n) => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const engine = globalThis.__fixlistBench.freshEngine();
      globalThis.__fixlistBench.restore();
      const t0 = performance.now();
      globalThis.__fixlistBench.pipelineRun(engine);
      total += performance.now() - t0;
    }
    return total / n;
  }, runs);
  const readMs = await tab.evaluate(() => globalThis.__fixlistBench.sample('readability', 50));
  console.log(`readability ${(readMs * 1000).toFixed(0)}µs; pipeline ${(ms * 1000).toFixed(0)}µs`);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Only samples inside the pipeline run count (not the restore and its garbage collection).
  const inPipeline = (id) => {
    for (let p = id; p !== undefined; p = parent.get(p))
      if (byId.get(p).callFrame.functionName === 'runPipeline') return true;
    return false;
  };
  const dt = profile.timeDeltas;
  const hits = new Map();
  for (const [i, id] of profile.samples.entries()) hits.set(id, (hits.get(id) ?? 0) + (dt[i] ?? 0));
  let all = 0;
  for (const [id, t] of hits) {
    if (!inPipeline(id)) continue;
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${path.basename(f.url || '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
    all += t;
  }
  // Inclusive time of the pipeline's named steps (a sample counts once per step on its stack).
  const steps = [
    'findAds',
    'tokensOf',
    'selectorsFor',
    'byFilters',
    'pointsAtAd',
    'adBox',
    'take',
    'labelTexts',
    'byLabels',
    'byLinkFarms',
    'byCommentBlocks',
    'buildOutline',
    'detectHelpPage',
    'removeAds',
    'extractGuide',
    'mountSidebar',
    'createClosedHost',
  ];
  const inclusive = new Map(steps.map((s) => [s, 0]));
  for (const [id, t] of hits) {
    if (!inPipeline(id)) continue;
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const name = byId.get(p).callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name) + t);
      }
    }
  }
  console.log(`${page.name}: pipeline ${ms.toFixed(3)} ms per run (warm, ${runs} runs)`);
  console.log('inclusive:', steps.map((s) => `${s} ${((inclusive.get(s) / all) * 100).toFixed(1)}%`).join(', '));
  // FOCUS=<function>: self time of what runs under that function only.
  if (process.env.FOCUS) {
    const under = (id) => {
      for (let p = id; p !== undefined; p = parent.get(p))
        if (byId.get(p).callFrame.functionName === process.env.FOCUS) return true;
      return false;
    };
    const focus = new Map();
    let sum = 0;
    for (const [id, t] of hits) {
      if (!under(id)) continue;
      const f = byId.get(id).callFrame;
      const k = `${f.functionName || '(anon)'}:${f.lineNumber + 1}`;
      focus.set(k, (focus.get(k) ?? 0) + t);
      sum += t;
    }
    console.log(`under ${process.env.FOCUS}: ${((sum / all) * 100).toFixed(1)}% of the pipeline`);
    for (const [k, t] of [...focus].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`   ${((t / sum) * 100).toFixed(1).padStart(5)}%  ${k}`);
  }
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${((t / all) * 100).toFixed(1).padStart(5)}%  ${k}`);
  }
} finally {
  await close();
  await server.close();
}
