// The whole every-page cost (load, compile, start-up, first check, and any callback it leaves behind),
// compared with a content script that does nothing and one that walks the DOM once, each extension
// loaded alone, pages interleaved.
//
// Chromium: a DevTools trace per page load; the cost is the renderer main thread's CPU time (`tdur`)
// of the outermost events attributed to the extension's scripts (EvaluateScript, which holds the
// compile and the run, and later FunctionCall/v8.compile events: observers, listeners, timers). That
// counts exactly the script's own work, not the page's scripts (as ScriptDuration would) nor the
// isolated world's set-up, which every content script pays alike (shown apart as `inject`).
// Firefox: performance.now() around the every-page scripts (a start and an end script in the same
// entry; for a script the background injects, marks at its start and end; timer precision
// unreduced): load, compile, start-up and first check; callbacks left behind are not included there,
// so the Chromium figure is the stricter one. No mark on a page means nothing of the extension ran.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { chromiumVariants, firefoxVariants } from './stand-ins.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'extensions'];
/** After `load`: document_idle has passed, and a first observer or timer callback has had its chance. */
const SETTLE_MS = 600;

const attributed = (e) => {
  const a = e.args ?? {};
  const url = a.data?.url ?? a.fileName ?? '';
  return typeof url === 'string' && /^(chrome|moz)-extension:/.test(url);
};

/**
 * The renderer processes of the page's main frame: the trace holds the whole browser's events, the
 * extension's own pages (welcome, popup) included, which are not what the page pays.
 */
export const pageProcesses = (events, frameId) =>
  new Set(events.filter((e) => e.args?.data?.frame === frameId).map((e) => e.pid));

/** Sum of thread time of the outermost attributed events on one thread (nested ones are inside them). */
function scriptCpuMs(events, frameId) {
  const pids = pageProcesses(events, frameId);
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !pids.has(e.pid) || !attributed(e)) continue;
    if (!byThread.has(e.tid)) byThread.set(e.tid, []);
    byThread.get(e.tid).push(e);
  }
  let total = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let end = -1;
    for (const e of list) {
      if (e.ts < end) continue; // nested in the previous outermost event
      end = e.ts + (e.dur ?? 0);
      total += e.tdur ?? e.dur ?? 0;
    }
  }
  return total / 1000;
}

/** The isolated world's set-up plus the first run, as Chromium's extension system times it. */
const injectMs = (events, frameId) =>
  events
    .filter((e) => e.ph === 'X' && e.name === 'ScriptInjection::InjectJs' && pageProcesses(events, frameId).has(e.pid))
    .reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;

async function launchChromiumWith(dir) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'fixlist-whole-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  return {
    async measure(url) {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        const events = [];
        cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.start', {
          traceConfig: { includedCategories: TRACE_CATEGORIES },
          transferMode: 'ReportEvents',
        });
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForTimeout(SETTLE_MS);
        const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
        await cdp.send('Tracing.end');
        await complete;
        return { cpu: scriptCpuMs(events, frameId), inject: injectMs(events, frameId) };
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefoxWith(dir, { injected = false } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'privacy.reduceTimerPrecision': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  await browser.installExtension(path.resolve(dir));
  return {
    async measure(url) {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
        const read = () =>
          page.evaluate(() => document.documentElement.getAttribute('data-bench-every-page-ms')).catch(() => null);
        let value = await read();
        if (injected) {
          // Injected by the background, or not at all: no mark after it has had its chance means nothing ran.
          await new Promise((r) => setTimeout(r, SETTLE_MS));
          value = await read();
          return { cpu: value === null ? 0 : Number(value) };
        }
        for (let i = 0; value === null && i < 40; i++) {
          await new Promise((r) => setTimeout(r, 50));
          value = await read();
        }
        return { cpu: value === null ? Number.NaN : Number(value) };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/**
 * Measures every page with every variant, `rounds` times, the variants' order rotating per page so
 * that none always goes first. Returns per variant the per-page medians.
 */
async function measureAll(variants, launchWith, pages, rounds, log) {
  const browsers = [];
  try {
    for (const v of variants) browsers.push({ ...v, b: await launchWith(v.dir, v) });
    const samples = Object.fromEntries(variants.map((v) => [v.name, pages.map(() => [])]));
    const injects = Object.fromEntries(variants.map((v) => [v.name, []]));
    for (const v of browsers) await v.b.measure(pages[0].url); // warm-up: extension start-up, not counted
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of pages.entries()) {
        for (let k = 0; k < browsers.length; k++) {
          const v = browsers[(i + round + k) % browsers.length];
          const m = await v.b.measure(p.url);
          samples[v.name][i].push(m.cpu);
          if (m.inject !== undefined) injects[v.name].push(m.inject);
        }
      }
      log(`    round ${round + 1}/${rounds} done`);
    }
    return { samples, injects };
  } finally {
    for (const v of browsers) await v.b.close();
  }
}

export async function measureWholeScript({ outDir, chromeBuild, firefoxBuild, pages, rounds, browsers, log }) {
  const results = {};
  if (browsers.includes('chromium')) {
    log(`  chromium: ${pages.length} pages × ${rounds} rounds × 3 extensions (trace)`);
    results.chromium = await measureAll(chromiumVariants(outDir, chromeBuild), launchChromiumWith, pages, rounds, log);
  }
  if (browsers.includes('firefox')) {
    log(`  firefox: ${pages.length} pages × ${rounds} rounds × 3 extensions (marks)`);
    results.firefox = await measureAll(firefoxVariants(outDir, firefoxBuild), launchFirefoxWith, pages, rounds, log);
  }
  return results;
}
