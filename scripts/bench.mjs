#!/usr/bin/env node
// `npm run bench`: what Fixlist costs a page, measured in headless Chromium with the extension's real
// code. Prints bundle sizes, per-page timings, memory over 50 in-page navigations, and ends with
//   bench: every-page/readability=R1 every-page/walk=R2 pipeline/readability=R3
//   bench: whole-script fixlist/walk chromium=W1 firefox=W2
// Options: --build (rebuild .output first), --quick (fewer pages, for trying the bench itself),
// --whole-script (only the bundle sizes and the whole-script row), --browser=chromium|firefox (the
// whole-script row in one browser only), --timings (the per-page timings only: no memory, no
// whole-script row; for trying a change). Exits 1 when the whole-script ratio
// is over its budget.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../bench/browser.mjs';
import { buildHarness } from '../bench/build-harness.mjs';
import { largePage } from '../bench/large-page.mjs';
import { measureMemory, NAVIGATIONS } from '../bench/memory.mjs';
import { benchPages, ordinaryPages, resolvePage } from '../bench/pages.mjs';
import { startServer } from '../bench/server.mjs';
import { lpad, median, ms, pad, sig } from '../bench/stats.mjs';
import { measurePage } from '../bench/timing.mjs';
import { measureWholeScript } from '../bench/whole-script.mjs';
import {
  buildSizes,
  checkEveryPageBudget,
  EVERY_PAGE_BUDGET_GZIP,
  EVERY_PAGE_SCRIPT,
  kb,
} from './bundle-size-guard.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/.out');
const chromeBuild = path.join(root, '.output/chrome-mv3');
const args = new Set(process.argv.slice(2));
const browserArg = [...args].find((a) => a.startsWith('--browser='));

/**
 * Budgets from the brief and the issues: the every-page check nearly free; the pipeline (one reading of
 * the page: find the ads, outline, decide, strip, extract) at most half a Readability parse.
 */
const BUDGET = { everyPageVsReadability: 0.05, everyPageVsWalk: 2, pipelineVsReadability: 0.5, wholeScriptVsWalk: 2 };

const started = Date.now();
const log = (...parts) => console.log(...parts);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

function ensureBuild() {
  const missing = !existsSync(path.join(chromeBuild, 'manifest.json'));
  if (!missing && !args.has('--build')) return;
  log(missing ? 'bench: .output is missing, running `npm run build`' : 'bench: rebuilding (--build)');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench: `npm run build` failed');
}

function printSizes() {
  log(
    `\n== Bundle sizes: .output/chrome-mv3 (built ${statSync(path.join(chromeBuild, 'manifest.json')).mtime.toISOString()}; gzip -9)`,
  );
  const files = buildSizes(chromeBuild);
  for (const f of files) log(`  ${pad(f.file, 40)} ${lpad(kb(f.raw), 11)} raw ${lpad(kb(f.gzip), 11)} gzip`);
  const total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
  log(`  ${pad('total', 40)} ${lpad(kb(total.raw), 11)} raw ${lpad(kb(total.gzip), 11)} gzip`);
  const budget = checkEveryPageBudget(root);
  for (const r of budget) {
    const state = r.missing ? 'MISSING' : `${kb(r.raw)} raw, ${kb(r.gzip)} gzip: ${r.ok ? 'within' : 'OVER'} budget`;
    log(`  every-page script ${r.build}/${EVERY_PAGE_SCRIPT}: ${state} (≤ ${kb(EVERY_PAGE_BUDGET_GZIP)} gzip)`);
  }
  return budget;
}

/** The pages to measure, registered on the local server (isolated, for fine timers). */
function registerPages(server) {
  // BENCH_ONLY=<part of a page name>: measure those pages only (a quick look; budgets then judge few pages).
  const only = process.env.BENCH_ONLY;
  const resolved = benchPages.map(resolvePage).filter((p) => !only || p.name.includes(only));
  const pages = [];
  for (const [i, p] of resolved.entries()) {
    if (!p.file) {
      log(`  (skipped ${p.name}: not in tests/fixtures/pages nor ../shared/corpus)`);
      continue;
    }
    // Neutral paths: the first look must judge by title and headings, not by a telling URL.
    const html = readFileSync(p.file, 'utf8');
    pages.push({ ...p, url: server.add(`/p/${i}.html`, html, { isolated: true }) });
  }
  const seed = pages.find((p) => p.slug === 'seed-000');
  if (seed) {
    const html = largePage(readFileSync(seed.file, 'utf8'));
    pages.push({
      name: 'large-3000-comments',
      kind: 'large',
      from: 'generated',
      url: server.add('/p/large.html', html, { isolated: true }),
    });
  }
  return args.has('--quick') ? pages.filter((_, i) => i % 4 === 0 || pages[i].kind === 'large') : pages;
}

/** Prints a table from column specs: [header, width, cell(row)]; the first column is left-aligned. */
function table(columns, rows) {
  const line = (cells) =>
    `  ${cells.map((c, i) => (i === 0 ? pad(c, columns[0][1]) : lpad(c, columns[i][1]))).join(' ')}`;
  log(line(columns.map(([header]) => header)));
  for (const row of rows) log(line(columns.map(([, , cell]) => cell(row))));
}

function verdictOf(m) {
  const p = m.pipeline;
  if (!p.isHelpPage) return `not help${m.firstLookPassed ? ' (look passed)' : ''}`;
  const sidebar = p.autoOpen ? `, ${p.fixes} fixes, sidebar${p.rendered ? '' : ' NOT rendered'}` : '';
  return `help${sidebar}, ${p.adsRemoved} ads`;
}

function printTimings(rows) {
  log('\n== Per page: medians in ms per run (cold = first run in a fresh renderer, on the page as loaded; render =');
  log("   the sidebar's first render, a later task in the extension, timed apart; +r/c = (pipeline + render) / read)");
  table(
    [
      ['page', 34, (r) => r.page.name.slice(0, 34)],
      ['kind', 13, (r) => r.page.kind],
      ['elems', 6, (r) => r.m.elements],
      ['(a)look', 9, (r) => ms(r.m.firstLook.median)],
      ['cold', 8, (r) => ms(r.m.coldFirstLook)],
      ['(b)pipe', 9, (r) => ms(r.m.pipeline.median)],
      ['cold', 8, (r) => ms(r.m.pipeline.cold)],
      ['render', 8, (r) => (r.m.pipeline.render === null ? '-' : ms(r.m.pipeline.render))],
      ['+layout', 8, (r) => ms(r.m.pipeline.layout)],
      ['(c)read', 9, (r) => ms(r.m.readability.median)],
      ['(d)walk', 9, (r) => ms(r.m.walk.median)],
      ['a/c', 8, (r) => sig(r.ac, 2)],
      ['a/d', 6, (r) => sig(r.ad, 2)],
      ['b/c', 5, (r) => sig(r.bc, 2)],
      ['+r/c', 5, (r) => (r.brc === null ? '-' : sig(r.brc, 2))],
      [' verdict', 0, (r) => ` ${verdictOf(r.m)}`],
    ],
    rows,
  );
  const spreads = rows.flatMap((r) => [
    r.m.firstLook.spread,
    r.m.walk.spread,
    r.m.readability.spread,
    r.m.pipeline.spread,
  ]);
  log(
    `  spread of the samples (IQR/median): median ${sig(median(spreads) * 100, 2)}%, worst ${sig(Math.max(...spreads) * 100, 2)}%`,
  );

  const help = rows.filter((r) => r.m.steps);
  if (help.length === 0) return;
  log('\n== Where the pipeline time goes on help pages (ms, median of 3; the outline is the one read of the');
  log("   page; isProbablyReaderable is Readability's, for comparison only: the outline computes its own)");
  const steps = ['findAds', 'outline', 'detectHelpPage', 'removeAds', 'extractGuide', 'render', 'isProbablyReaderable'];
  table(
    [
      ['page', 34, (r) => r.page.name.slice(0, 34)],
      ...steps.map((name) => [name, Math.max(8, name.length), (r) => ms(r.m.steps[name])]),
    ],
    help,
  );
}

function printMemory(mem) {
  const mb = (x) => (x === null || x === undefined ? 'n/a' : `${(x / 1024 / 1024).toFixed(2)} MB`);
  const signed = (x, f) => `${x >= 0 ? '+' : '-'}${f(Math.abs(x))}`;
  const grow = (r, k) => r.after[k] - r.before[k];
  log(`\n== Memory over ${NAVIGATIONS} pushState navigations (article swapped each time), after forced GC`);
  const rows = [
    ['with extension', mem.withExtension],
    ['page alone', mem.without],
  ];
  for (const [label, r] of rows) {
    const ext = r.extensionId ? ` (id ${r.extensionId}, sidebar ${r.sidebar ? 'mounted' : 'NOT mounted'})` : '';
    log(`  ${label}${ext}: ${NAVIGATIONS} navigations in ${r.navMs} ms`);
    log(
      `    JS heap ${mb(r.before.heapUsed)} -> ${mb(r.after.heapUsed)} (${signed(grow(r, 'heapUsed'), mb)}); performance.memory ${mb(r.before.pageHeap)} -> ${mb(r.after.pageHeap)}; DOM nodes ${r.before.nodes} -> ${r.after.nodes} (${signed(grow(r, 'nodes'), String)}); listeners ${r.before.listeners} -> ${r.after.listeners}; documents ${r.before.documents} -> ${r.after.documents}`,
    );
  }
  const w = mem.withExtension;
  const o = mem.without;
  log(
    `  extension's cost after ${NAVIGATIONS} navigations (with - alone): JS heap ${signed(w.after.heapUsed - o.after.heapUsed, mb)}, DOM nodes ${signed(w.after.nodes - o.after.nodes, String)}; its growth during them: ${signed(grow(w, 'heapUsed') - grow(o, 'heapUsed'), mb)}`,
  );
}

/** Percentile of samples (nearest rank). */
const percentile = (values, p) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(p * v.length))];
};

/**
 * The whole every-page script, as a page pays it, against a no-op and a DOM-walk content script
 * (bench/whole-script.mjs says how each browser is measured). Returns { browser: fixlist/walk }.
 */
async function wholeScriptRow(server) {
  const quick = args.has('--quick');
  const pages = ordinaryPages(quick ? 8 : 32).map((p, i) => ({
    ...p,
    url: server.add(`/o/${i}.html`, readFileSync(p.file, 'utf8')),
  }));
  log(`\n== Whole every-page script: ${pages.length} ordinary corpus pages, each extension loaded alone, interleaved`);
  const ratios = {};
  for (const browserName of ['chromium', 'firefox'].filter((b) => !browserArg || browserArg === `--browser=${b}`)) {
    const results = await measureWholeScript({
      outDir,
      chromeBuild,
      firefoxBuild: path.join(root, '.output/firefox-mv2'),
      pages,
      rounds: quick ? 1 : 2,
      browsers: [browserName],
      log,
    });
    const { samples, injects } = results[browserName];
    const perPage = Object.fromEntries(Object.entries(samples).map(([name, pp]) => [name, pp.map(median)]));
    const ratio = (a, b) => median(perPage[a].map((x, i) => x / perPage[b][i]));
    log(`  ${browserName} (ms per page load; median, p90 over pages)`);
    for (const [name, values] of Object.entries(perPage)) {
      const inject = injects[name].length ? `; with the isolated world's set-up ${ms(median(injects[name]))}` : '';
      log(`    ${pad(name, 8)} ${lpad(ms(median(values)), 9)} ${lpad(ms(percentile(values, 0.9)), 9)}${inject}`);
    }
    ratios[browserName] = ratio('fixlist', 'walk');
    const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    const ran = perPage.fixlist.filter((x) => x > 0).length;
    log(
      `    fixlist ran on ${ran} of ${pages.length} pages; mean per page: fixlist ${ms(mean(perPage.fixlist))}, walk ${ms(mean(perPage.walk))} (ratio of means ${sig(mean(perPage.fixlist) / mean(perPage.walk), 3)})`,
    );
    log(
      `    fixlist/walk = ${sig(ratios[browserName], 3)} (budget ≤ ${BUDGET.wholeScriptVsWalk}: ${ratios[browserName] <= BUDGET.wholeScriptVsWalk ? 'ok' : 'OVER'}), fixlist/noop = ${sig(ratio('fixlist', 'noop'), 3)}, walk/noop = ${sig(ratio('walk', 'noop'), 3)}`,
    );
  }
  return ratios;
}

async function main() {
  ensureBuild();
  const budget = printSizes();
  if (args.has('--whole-script')) {
    const server = await startServer();
    const whole = await wholeScriptRow(server).finally(() => server.close());
    finishWholeScript(whole);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  const harness = await buildHarness(path.join(outDir, 'harness.js'));
  const server = await startServer();
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  log(`\n== Pages (served from ${server.origin}; ${os.cpus().length} CPUs, load average ${load})`);
  const pages = registerPages(server);
  const from = {};
  for (const p of pages) from[p.from] = (from[p.from] ?? 0) + 1;
  log(
    `  ${pages.length} pages: ${Object.entries(from)
      .map(([k, v]) => `${v} from ${k}`)
      .join(', ')}`,
  );

  const rows = [];
  const articles = [];
  const browser = await launchBrowser();
  try {
    for (const p of pages) {
      const m = await measurePage(browser.newContext, p.url, harness);
      if (!m.isolated) log('  (warning: page not cross-origin isolated; timers are 0.1 ms coarse)');
      if (!m.canCollectGarbage) log('  (warning: no window.gc; garbage of one run may be collected in the next)');
      rows.push({ page: p, m, ...m.ratios });
      log(`  measured ${p.name}: ${m.rounds} rounds (${elapsed()})`);
    }
    // Articles for the navigation test: the help pages of the same site template.
    const page = await (await browser.newContext()).newPage();
    for (const p of pages.filter((x) => x.kind === 'seed' || x.kind === 'positive')) {
      await page.goto(p.url, { waitUntil: 'domcontentloaded' });
      const html = await page.evaluate(() => document.querySelector('.article-content')?.innerHTML ?? null);
      if (html) articles.push(html);
    }
  } finally {
    await browser.close();
  }
  printTimings(rows);

  const seed = pages.find((p) => p.slug === 'seed-000');
  let mem = null;
  if (seed && articles.length && !args.has('--timings')) {
    const pageUrl = server.add('/mem/whatsapp-backup.html', readFileSync(seed.file, 'utf8'));
    mem = await measureMemory({ extensionDir: chromeBuild, pageUrl, articles });
    printMemory(mem);
  }
  const whole = args.has('--timings') ? {} : await wholeScriptRow(server);
  await server.close();

  const help = rows.filter((r) => r.m.pipeline.isHelpPage);
  const looked = rows.filter((r) => r.m.firstLookPassed);
  const R1 = median(rows.map((r) => r.ac));
  const R2 = median(rows.map((r) => r.ad));
  const R3 = median(help.map((r) => r.bc));
  const verdict = (x, budget) => (x <= budget ? 'ok' : 'OVER');
  log('\n== Overall (medians over pages of the per-page figures)');
  log(
    `  ms: (a) every-page ${ms(median(rows.map((r) => r.m.firstLook.median)))}, (b) pipeline on help pages ${ms(median(help.map((r) => r.m.pipeline.median)))}, (c) readability ${ms(median(rows.map((r) => r.m.readability.median)))}, (d) walk ${ms(median(rows.map((r) => r.m.walk.median)))}`,
  );
  log(
    `  a/c every-page/readability = ${sig(R1, 3)} over ${rows.length} pages (budget ≤ ${BUDGET.everyPageVsReadability}: ${verdict(R1, BUDGET.everyPageVsReadability)}; worst ${sig(Math.max(...rows.map((r) => r.ac)), 2)})`,
  );
  log(
    `  a/d every-page/walk        = ${sig(R2, 3)} over ${rows.length} pages (budget ≤ ${BUDGET.everyPageVsWalk}: ${verdict(R2, BUDGET.everyPageVsWalk)}; worst ${sig(Math.max(...rows.map((r) => r.ad)), 2)})`,
  );
  log(
    `  b/c pipeline/readability   = ${sig(R3, 3)} over ${help.length} help pages (budget ≤ ${BUDGET.pipelineVsReadability}: ${verdict(R3, BUDGET.pipelineVsReadability)}; worst ${sig(Math.max(...help.map((r) => r.bc)), 2)})`,
  );
  log(
    `      on every page whose first look passed (${looked.length}): ${sig(median(looked.map((r) => r.bc)), 3)}, worst ${sig(Math.max(...looked.map((r) => r.bc)), 2)}`,
  );
  const shown = help.filter((r) => r.brc !== null);
  const RR = median(shown.map((r) => r.rc));
  const RB = median(shown.map((r) => r.brc));
  log(
    `  sidebar's first render / readability = ${sig(RR, 3)}; pipeline + render / readability = ${sig(RB, 3)} over ${shown.length} pages that open it (worst ${sig(Math.max(...shown.map((r) => r.brc)), 2)})`,
  );
  const eng = rows.map((r) => r.m.adEngine);
  const helpMatch = help.map((r) => r.m.adEngine.matchMs);
  log(
    `  ad engine (Ghostery adblocker over lib/ads/filters, ${kb(eng[0]?.listBytes ?? 0)} of lists): load from the serialized engine made at build time ${ms(median(eng.map((e) => e.loadMs)))} (${kb(eng[0]?.serializedBytes ?? 0)}; parsing the lists instead ${ms(median(eng.map((e) => e.parseMs)))} warm); match (findAds) on help pages ${ms(median(helpMatch))}, worst ${ms(Math.max(...helpMatch))}`,
  );
  const withLoad = median(help.map((r) => (r.m.pipeline.median + r.m.adEngine.loadMs) / r.m.readability.median));
  log(
    `      pipeline + engine load / readability = ${sig(withLoad, 3)} over ${help.length} help pages (the load happens once per page, in the cold run)`,
  );
  const sizeOk = budget.every((b) => b.ok);
  log(
    `  every-page script ≤ ${kb(EVERY_PAGE_BUDGET_GZIP)} gzip: ${sizeOk ? 'ok' : 'OVER'} (${budget.map((b) => (b.missing ? 'missing' : kb(b.gzip))).join(', ')})`,
  );
  log(
    `  total bench time ${elapsed()}; load average now ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  log(
    `bench: every-page/readability=${sig(R1, 3)} every-page/walk=${sig(R2, 3)} pipeline/readability=${sig(R3, 3)} (with the sidebar's first render ${sig(RB, 3)})`,
  );
  finishWholeScript(whole);
}

/** Prints the whole-script line and fails the run when a browser's ratio is over budget. */
function finishWholeScript(whole) {
  log(
    `bench: whole-script fixlist/walk ${Object.entries(whole)
      .map(([b, r]) => `${b}=${sig(r, 3)}`)
      .join(' ')}`,
  );
  if (Object.values(whole).some((r) => !(r <= BUDGET.wholeScriptVsWalk))) {
    console.error(`bench: the whole every-page script is over ${BUDGET.wholeScriptVsWalk}× a DOM walk`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
