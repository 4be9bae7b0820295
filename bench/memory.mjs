// Memory over 50 single-page navigations: the built extension, loaded unpacked, on a seed page whose
// article is swapped 50 times (history.pushState + new article HTML), heap and DOM counts before and
// after a forced GC, compared with the same page and navigations without the extension.
import { launch } from './browser.mjs';

export const NAVIGATIONS = 50;

async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Forces full GCs, then reads the renderer's heap and DOM counters. */
async function readMemory(page, cdp) {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(50);
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  const pageHeap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  return {
    heapUsed: heap.usedSize,
    jsHeapUsed: m.JSHeapUsedSize,
    pageHeap,
    nodes: m.Nodes,
    listeners: m.JSEventListeners,
    documents: m.Documents,
  };
}

/**
 * `pageUrl` is a seed page; `articles` are the `.article-content` HTML of other help pages, swapped in
 * one after another as a single-page site would.
 */
async function runOnce({ extensionDir, pageUrl, articles }) {
  const browser = await launch({ extensionDir });
  try {
    const { context } = browser;
    let extensionId = null;
    if (extensionDir) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      extensionId = new URL(worker.url()).host;
    }
    const page = context.pages()[0] ?? (await context.newPage());
    // The welcome tab a first install opens would leave this tab in the background, where the browser
    // throttles its frames and timers: measure a tab a person is looking at.
    if (extensionDir) await context.waitForEvent('page', { timeout: 3_000 }).catch(() => null);
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.bringToFront();
    await page.goto(pageUrl, { waitUntil: 'load' });
    let sidebar = false;
    if (extensionDir) {
      sidebar = await page
        .waitForSelector('fixlist-sidebar', { state: 'attached', timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
    }
    await settle(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    const before = await readMemory(page, cdp);
    const t0 = Date.now();
    for (let i = 1; i <= NAVIGATIONS; i++) {
      await page.evaluate(
        ([n, html]) => {
          history.pushState({ n }, '', `/mem/article-${n}.html`);
          const article = document.querySelector('.article-content');
          if (article) article.innerHTML = html;
          document.title = `WhatsApp backup article ${n}`;
        },
        [i, articles[i % articles.length]],
      );
      await settle(page);
    }
    const navMs = Date.now() - t0;
    const after = await readMemory(page, cdp);
    return { extensionId, sidebar, before, after, navMs };
  } finally {
    await browser.close();
  }
}

export async function measureMemory({ extensionDir, pageUrl, articles }) {
  const withExtension = await runOnce({ extensionDir, pageUrl, articles });
  const without = await runOnce({ extensionDir: null, pageUrl, articles });
  return { withExtension, without };
}
