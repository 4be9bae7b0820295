// What a person would notice, checked in a real browser with the built extension loaded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sidebarDriver, sleep, waitFor } from './browsers.mjs';
import { queryAll, textOf } from './sidebar-tree.mjs';

const fixtures = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const expectedOf = (slug) => JSON.parse(readFileSync(`${fixtures}${slug}/expected.json`, 'utf8'));
const rawHtml = (slug) => readFileSync(`${fixtures}${slug}/page.html`, 'utf8');
const countIn = (html, re) => html.match(re)?.length ?? 0;

export const SEEDS = ['seed-000', 'seed-001'];
export const SEED_TITLES = [
  'Check if WhatsApp Is Enabled for iCloud Backup',
  'Make Sure You Have Free Space Available',
  'Perform a Manual Backup on WhatsApp',
  'Check the iCloud Server Status',
  'Restart Your iPhone',
  'Update Your iPhone and WhatsApp',
  'Remove Videos From Your iCloud Backup',
  'Delete the Existing iCloud Backup',
];
const SEED_STEPS = [3, 6, 2, 0, 4, 3, 2, 4];
/** Positives beyond the seeds: the live site's own render, and another format and platform. */
export const OTHER_POSITIVES = [
  'foxthat-html-whatsapp-not-backing-up-to-icloud-heres-how-to-fix-it',
  'hand-method-dash-gdrive',
];
export const NEGATIVES = [
  'apptips-best-strategies-to-resolve-android-whatsapp-backup-issues-top-5-tips',
  'foxthat-md-troubleshoot-zoomed-in-photos-on-whatsapp-with-these-simple-fixes',
  'readability-nytimes-1',
];
/** Ad markup on the seed pages, every kind of it; none may be left after stripping. */
const SEED_ADS = [
  'a[href*="AFFILIATE="]',
  'a[href*="pxf.io"]',
  'a[href*="sjv.io"]',
  'a[href*="7eer.net"]',
  '[data-src*="impactradius-go.com"]',
  '[data-src*="pxf.io/i/"]',
  '[data-src*="7eer.net/i/"]',
  'img[width="0"][height="0"]',
  'ins.adsbygoogle',
  '.text-ad-content',
  '.atpl-alsoreadstyle',
];

/**
 * Elements of the sidebar matching `selector` (tag, .class, #id, [attr=val], :nth-child(n), descendant
 * and child combinators), read from its closed shadow root through the browser's protocol (CDP or
 * WebDriver BiDi): what a person gets, not what page script could see (nothing).
 */
export const sidebarQuery = (page, selector) => sidebarDriver(page).sidebarQuery(page, selector);

/** Is there an element matching `selector` in the sidebar? */
export const sidebarHas = async (page, selector) => (await sidebarQuery(page, selector)).length > 0;

/**
 * Live state of the sidebar (checked boxes, focus, boxes, computed styles): `fn(shadowRoot, ...args)` runs
 * in the page on the closed root handed over by the protocol; it returns JSON-able values. Null without a sidebar.
 */
export async function sidebarEval(page, fn, ...args) {
  const driver = sidebarDriver(page);
  const root = (await driver.sidebarHost(page))?.shadowRoot;
  return root ? driver.callOn(page, root, fn, ...args) : null;
}

/** The sidebar as a person sees it: titles, step counts and ticks. Null without a sidebar. */
export async function readSidebar(page) {
  const driver = sidebarDriver(page);
  const root = (await driver.sidebarHost(page))?.shadowRoot;
  if (!root) return null;
  const fixes = queryAll(root, '[data-fixlist="fix"]');
  const checked = fixes.length
    ? await driver.callOn(page, root, (r) =>
        [...r.querySelectorAll('[data-fixlist="fix"]')].map((f) => !!f.querySelector('input[type=checkbox]')?.checked),
      )
    : [];
  return fixes.map((fix, i) => ({
    title: textOf(queryAll(fix, '[data-fixlist="fix-title"]')[0]),
    steps: queryAll(fix, '[data-fixlist="step"]').length,
    checked: checked?.[i] ?? false,
  }));
}

/** The sidebar once its ticks have loaded from storage (the progress line shows only then). */
export const sidebarReady = (page) =>
  waitFor(async () => ((await sidebarHas(page, '[data-fixlist="progress"]')) ? readSidebar(page) : null));

/** Collapsed: the small tab shows, the fixes do not. */
export const onlyTheTab = async (page) =>
  (await sidebarHas(page, '.fl-tab')) && !(await sidebarHas(page, '[data-fixlist="fix"]'));

export function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

export function assert(condition, what) {
  if (!condition) throw new Error(what);
}

async function checkSeed(b, server, slug) {
  const page = await b.open(server.url(slug));
  const fixes = await sidebarReady(page);
  assertEqual(
    fixes?.map((f) => f.title),
    SEED_TITLES,
    `${slug} fix titles`,
  );
  assertEqual(
    fixes?.map((f) => f.steps),
    SEED_STEPS,
    `${slug} sub-step counts`,
  );
  const left = await page.evaluate(
    (selectors) => selectors.filter((s) => document.querySelector(s)).join(', '),
    SEED_ADS,
  );
  assertEqual(left, '', `${slug} ads left`);
  const html = rawHtml(slug);
  const kept = await page.evaluate(() => ({
    screenshots: document.querySelectorAll('img[data-src*="makeuseofimages.com"]').length,
    lists: document.querySelectorAll('.article-content ol').length,
    headings: document.querySelectorAll('.article-content h2').length,
  }));
  assertEqual(
    kept,
    {
      screenshots: countIn(html, /data-src="https:\/\/static1\.makeuseofimages\.com/g),
      lists: countIn(html, /<ol>/g),
      headings: countIn(html, /<h2 id=/g),
    },
    `${slug} article content kept`,
  );
  await page.close();
}

export const scenarios = [
  ...SEEDS.map((slug) => ({
    name: `${slug}: sidebar lists the 8 fixes with their sub-steps; ads gone, article kept`,
    run: (b, server) => checkSeed(b, server, slug),
  })),
  ...OTHER_POSITIVES.map((slug) => ({
    name: `${slug}: the sidebar lists the fixes of expected.json`,
    async run(b, server) {
      const expected = expectedOf(slug);
      const page = await b.open(server.url(slug));
      const fixes = await sidebarReady(page);
      assertEqual(
        fixes?.map((f) => f.title),
        expected.fixTitles,
        `${slug} fix titles`,
      );
      if (expected.stepCounts) {
        assertEqual(
          fixes?.map((f) => f.steps),
          expected.stepCounts,
          `${slug} sub-step counts`,
        );
      }
      await page.close();
    },
  })),
  {
    name: 'an article rendered by script after load gets its sidebar once it appears',
    async run(b, server) {
      const page = await b.open(server.e2eUrl('late'));
      const fixes = await sidebarReady(page);
      assertEqual(
        fixes?.map((f) => f.title),
        SEED_TITLES,
        'late article fix titles',
      );
      await page.close();
    },
  },
  {
    name: 'single-page navigation: the sidebar comes with the guide and goes with it',
    async run(b, server) {
      const page = await b.open(server.e2eUrl('spa'));
      await sleep(500);
      assert(!(await page.evaluate(() => !!document.querySelector('fixlist-sidebar'))), 'no sidebar on the news');
      await page.click('#to-guide');
      const fixes = await sidebarReady(page);
      assertEqual(
        fixes?.map((f) => f.title),
        SEED_TITLES,
        'guide fix titles after pushState',
      );
      await page.click('#to-news');
      const gone = await waitFor(() => page.evaluate(() => !document.querySelector('fixlist-sidebar')));
      assert(gone, 'the sidebar leaves with the guide');
      await page.close();
    },
  },
  {
    name: 'a tick survives a reload and shows as 1/8 in the popup',
    async run(b, server) {
      const url = server.url('seed-000');
      const page = await b.open(url);
      const before = await sidebarReady(page);
      assertEqual(
        before?.map((f) => f.checked),
        Array(8).fill(false),
        'no ticks at first',
      );
      await b.clickInSidebar(page, 'input[type=checkbox]', 2);
      assert(await waitFor(async () => (await readSidebar(page))?.[2]?.checked), 'the box is ticked');
      await sleep(300); // the box answers at once; give the storage write a moment before leaving the page
      await b.reload(page);
      const after = await sidebarReady(page);
      assertEqual(
        after?.map((f) => f.checked),
        [false, false, true, false, false, false, false, false],
        'ticks after reload',
      );
      const popup = await b.openPopupFor(url);
      const progress = await waitFor(async () => {
        const text = await popup.evaluate(() => document.querySelector('[data-fixlist="progress"]')?.textContent);
        return text === '1/8' ? text : null;
      });
      assertEqual(progress, '1/8', 'popup progress');
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'a tick in one tab shows at once in another tab and in the popup',
    async run(b, server) {
      const url = server.url('seed-001');
      const first = await b.open(url);
      const second = await b.open(url);
      await sidebarReady(first);
      await sidebarReady(second);
      const popup = await b.openPopupFor(url);
      const start = Number(
        (
          await waitFor(() => popup.evaluate(() => document.querySelector('[data-fixlist="progress"]')?.textContent))
        )?.split('/')[0],
      );
      await b.clickInSidebar(first, 'input[type=checkbox]', 6);
      const seen = await waitFor(async () => (await readSidebar(second))?.[6]?.checked);
      assert(seen, 'second tab shows the tick');
      const progress = await waitFor(async () => {
        const text = await popup.evaluate(() => document.querySelector('[data-fixlist="progress"]')?.textContent);
        return text === `${start + 1}/8` ? text : null;
      });
      assertEqual(progress, `${start + 1}/8`, 'popup progress, live');
      for (const p of [popup, first, second]) await p.close();
    },
  },
  {
    name: 'Escape collapses the sidebar to a tab; the tab reopens it; a title scrolls to its fix',
    async run(b, server) {
      const page = await b.open(server.url('seed-000'));
      await sidebarReady(page);
      await b.clickInSidebar(page, '[data-fixlist="fix-title"]', 6);
      const top = await waitFor(() =>
        page.evaluate(() => {
          const h = document.getElementById('7-Remove-Videos-From-Your-iCloud-Backup');
          const y = h?.getBoundingClientRect().top ?? 9999;
          return Math.abs(y) < 80 ? y : null;
        }),
      );
      assert(top !== null && top !== undefined, 'clicking a fix title scrolls the article to it');
      await page.keyboard.press('Escape');
      const collapsed = await waitFor(() => onlyTheTab(page));
      assert(collapsed, 'Escape collapses the sidebar to a tab');
      await b.clickInSidebar(page, '.fl-tab');
      assert(await sidebarReady(page), 'the tab reopens the sidebar');
      await page.close();
    },
  },
  {
    name: 'with "open by itself" switched off in the settings, a help page shows only the small tab',
    async run(b, server) {
      const options = await b.openExtensionPage('/options.html');
      const toggle = async () => {
        await waitFor(() => options.evaluate(() => !!document.querySelector('[data-fixlist="setting-auto-open"]')));
        await options.click('[data-fixlist="setting-auto-open"]');
      };
      await toggle();
      try {
        const page = await b.open(server.url('seed-001'));
        const collapsed = await waitFor(() => onlyTheTab(page));
        assert(collapsed, 'only the tab shows');
        await b.clickInSidebar(page, '.fl-tab');
        assert(await sidebarReady(page), 'the tab opens the checklist');
        await page.close();
      } finally {
        await toggle(); // back to the default for the scenarios after this one
        await options.close();
      }
    },
  },
  {
    name: 'the shortcut toggles the sidebar; arrows move between fixes; a wide page is given room',
    async run(b, server) {
      const url = server.url('seed-000');
      const page = await b.open(url);
      await sidebarReady(page);
      const room = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
      assertEqual(await waitFor(async () => ((await room()) === '360px' ? '360px' : null)), '360px', 'room at 1280 px');
      // What Alt+Shift+F does: the background sends the tab this message (headless browsers have no shortcut UI).
      const ext = await b.openExtensionPage('/popup.html');
      const toggle = () =>
        ext.evaluate(async (u) => {
          const api = globalThis.browser ?? globalThis.chrome;
          const tab = (await api.tabs.query({})).find((t) => t.url === u);
          // In @webext-core/messaging's wire format (lib/messages.ts), as the background sends it.
          return api.tabs.sendMessage(tab.id, { id: 1, type: 'fixlist:toggle-sidebar', timestamp: Date.now() });
        }, url);
      const shadowState = () =>
        sidebarEval(page, (root) => ({
          open: !!root.querySelector('.fl-sidebar'),
          focus: root.activeElement?.getAttribute('aria-label') ?? null,
        }));
      await toggle();
      assert(await waitFor(async () => !(await shadowState()).open), 'the shortcut collapses the sidebar');
      assertEqual(await waitFor(async () => ((await room()) === '0px' ? '0px' : null)), '0px', 'the room goes');
      await page.bringToFront();
      await page.mouse.click(10, 300); // the person is reading the article: the page has focus
      await toggle();
      assert(await waitFor(async () => (await shadowState()).open), 'the shortcut reopens it');
      // Reopened by keyboard, focus sits on the collapse button; Tab reaches the first fix's box (Firefox
      // stops once on the scrollable list first).
      assert(await waitFor(async () => (await shadowState()).focus?.startsWith('Collapse')), 'focus on collapse');
      for (let i = 0; i < 3 && !(await shadowState()).focus?.startsWith('Tried:'); i++)
        await page.keyboard.press('Tab');
      assertEqual((await shadowState()).focus, 'Tried: Check if WhatsApp Is Enabled for iCloud Backup', 'Tab order');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const focus = await waitFor(async () => (await shadowState()).focus);
      assertEqual(focus, 'Tried: Perform a Manual Backup on WhatsApp', 'arrow keys move to the third fix');
      // Earlier scenarios may have ticked it (one browser profile per run): Space flips it either way.
      const before = (await readSidebar(page))?.[2]?.checked;
      await page.keyboard.press(' ');
      assert(await waitFor(async () => (await readSidebar(page))?.[2]?.checked === !before), 'Space flips the box');
      await page.keyboard.press(' '); // and back, for the scenarios after this one
      await waitFor(async () => (await readSidebar(page))?.[2]?.checked === before);
      await ext.close();
      await page.close();
    },
  },
  {
    name: 'at 200% zoom (a 640 px wide view) the sidebar starts as its tab and opens without spilling over',
    async run(b, server) {
      const page = await b.open('about:blank');
      await b.resize(page, 640, 450);
      await page.goto(server.url('seed-000'));
      const collapsed = await waitFor(() => sidebarHas(page, '.fl-tab'));
      assert(collapsed, 'a narrow view starts with the tab, leaving the article readable');
      await b.clickInSidebar(page, '.fl-tab');
      await sidebarReady(page);
      const fit = await sidebarEval(page, (root) => {
        const panel = root.querySelector('.fl-sidebar');
        const body = panel?.querySelector('.fl-sidebar-body');
        return {
          width: Math.round(panel?.getBoundingClientRect().width ?? 0),
          spills: !!body && body.scrollWidth > body.clientWidth + 1,
          room: getComputedStyle(document.documentElement).marginRight,
        };
      });
      assert(fit.width > 0 && fit.width <= 640, `sidebar fits the view (${fit.width}px)`);
      assertEqual(fit.spills, false, 'no sideways scrolling inside the sidebar');
      assertEqual(fit.room, '0px', 'a narrow page is covered, not squeezed');
      await page.close();
    },
  },
  {
    name: 'the popup\'s "open by itself on <site>" switch: off, the next visit shows only the tab',
    async run(b, server) {
      const url = server.url('seed-000');
      const page = await b.open(url);
      await sidebarReady(page);
      const popup = await b.openPopupFor(url);
      const flip = async () => {
        await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-fixlist="setting-site"]')));
        await popup.click('[data-fixlist="setting-site"]');
      };
      await flip();
      try {
        await b.reload(page);
        const collapsed = await waitFor(() => onlyTheTab(page));
        assert(collapsed, 'this site now waits as a tab');
      } finally {
        await flip();
        await popup.close();
        await page.close();
      }
    },
  },
  {
    name: 'the sidebar appearing moves nothing in the article, at a width with no room',
    async run(b, server) {
      const page = await b.open('about:blank');
      await b.resize(page, 1100, 900); // too narrow to give room: the sidebar overlays the page
      // The page itself notes where the article's blocks stand the moment the sidebar is inserted
      // (ads are already gone by then), to compare with where they stand once it has rendered.
      const watch = () => {
        globalThis.__positions = null;
        const where = () =>
          [...document.querySelectorAll('.article-content > *')]
            .slice(0, 80)
            .map((el) => Math.round(el.getBoundingClientRect().top + scrollY));
        globalThis.__where = where;
        new MutationObserver((_, observer) => {
          if (!document.querySelector('fixlist-sidebar')) return;
          globalThis.__positions = where();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      };
      await (page.addInitScript ? page.addInitScript(watch) : page.evaluateOnNewDocument(watch));
      await page.goto(server.url('seed-001'), { waitUntil: 'domcontentloaded' });
      await sidebarReady(page);
      const { before, after } = await page.evaluate(() => ({
        before: globalThis.__positions,
        after: globalThis.__where(),
      }));
      assert(Array.isArray(before) && before.length > 20, 'positions noted when the sidebar was inserted');
      assertEqual(after, before, 'article block positions after the sidebar rendered');
      await page.close();
    },
  },
  {
    name: "privacy: the extension sends no request of its own (only the page's own, to 127.0.0.1)",
    browsers: ['chromium'], // Playwright sees every request of the context, the extension's included
    async run(b, server) {
      const requests = [];
      const record = (request) => requests.push({ url: request.url(), type: request.resourceType() });
      b.context.on('request', record);
      try {
        const page = await b.open(server.url('seed-000'));
        await sidebarReady(page);
        await b.clickInSidebar(page, 'input[type=checkbox]', 4);
        const popup = await b.openPopupFor(server.url('seed-000'));
        await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-fixlist="progress"]')));
        await b.clickInSidebar(page, 'input[type=checkbox]', 4); // and back
        await popup.close();
        await page.close();
      } finally {
        b.context.off('request', record);
      }
      // Script-made requests (fetch, XHR, beacons, sockets) anywhere but the test server would be Fixlist's:
      // the seed page runs no script of its own that reaches the network. Reading the extension's own
      // package (the toolbar icon of a tab, action.setIcon) stays inside the browser.
      const own = requests.filter(
        (r) =>
          ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(r.type) &&
          !r.url.startsWith(server.origin) &&
          !r.url.startsWith(`${b.extensionOrigin}/`),
      );
      assertEqual(own, [], 'requests made by scripts to other hosts');
      assert(
        requests.some((r) => r.url.startsWith(server.origin)),
        'the recorder saw the page load (a recorder that sees nothing proves nothing)',
      );
    },
  },
  {
    name: 'ads injected after load are removed too',
    async run(b, server) {
      const page = await b.open(server.url('seed-001'));
      await sidebarReady(page);
      await page.evaluate(() => {
        const article = document.querySelector('.article-content');
        const p = document.createElement('p');
        p.innerHTML = '<ins class="adsbygoogle" style="display:block"></ins>';
        const banner = document.createElement('p');
        banner.innerHTML =
          '<a href="https://example.pxf.io/c/1/2/3"><img src="/banner.png" width="300" height="250"></a>';
        article?.append(p, banner);
      });
      const gone = await waitFor(() =>
        page.evaluate(() => !document.querySelector('ins.adsbygoogle, a[href*="pxf.io"]')),
      );
      assert(gone, 'late ads removed');
      await page.close();
    },
  },
  {
    name: 'manual mode: an iCloud-only fix list stays quiet until the popup makes a checklist of it',
    async run(b, server) {
      const url = server.url('foxthat-md-troubleshooting-iphone-icloud-backup-issues-top-9-solutions');
      const page = await b.open(url);
      const popup = await b.openPopupFor(url);
      const button = await waitFor(() =>
        popup.evaluate(() => !!document.querySelector('[data-fixlist="make-checklist"]')),
      );
      assert(button, 'the popup offers "Make a checklist from this page"');
      assert(!(await page.evaluate(() => !!document.querySelector('fixlist-sidebar'))), 'no sidebar by itself');
      await popup.click('[data-fixlist="make-checklist"]');
      const fixes = await sidebarReady(page);
      assertEqual(fixes?.length, 9, 'the sidebar lists the 9 numbered fixes');
      const progress = await waitFor(() =>
        popup.evaluate(() => document.querySelector('[data-fixlist="progress"]')?.textContent),
      );
      assertEqual(progress, '0/9', 'the popup shows the new checklist');
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'pages that fail the first look never load the heavy script; a news page runs none (scripts that ran, seen over CDP)',
    browsers: ['chromium'], // Firefox reports no script-parsed events over BiDi here
    async run(b, server) {
      const ran = async (url) => {
        const { page, scripts } = await b.openWatchingScripts(url);
        await sleep(1500);
        await page.close();
        return scripts.filter((s) => s.startsWith(b.extensionOrigin)).map((s) => s.slice(b.extensionOrigin.length));
      };
      const negative = await ran(server.url('readability-nytimes-1'));
      // Its title names no WhatsApp: the background does not even inject the first look.
      assertEqual(negative, [], 'scripts of the extension that ran on a news page');
      const positive = await ran(server.url('seed-000'));
      assert(positive.includes('/first-look.js'), `the first look ran on a help page: ${positive}`);
      assert(positive.includes('/guide.js'), `the guide script ran on a help page: ${positive}`);
    },
  },
  ...NEGATIVES.map((slug) => ({
    name: `${slug}: not a WhatsApp-backup help page, no sidebar; the popup says so`,
    async run(b, server) {
      const url = server.url(slug);
      assert(!expectedOf(slug).autoOpen, `${slug} is a negative fixture`);
      const page = await b.open(url);
      const popup = await b.openPopupFor(url);
      const verdict = await waitFor(() =>
        popup.evaluate(() => document.querySelector('[data-fixlist="verdict"]')?.textContent),
      );
      assert(/not a WhatsApp-backup help page/.test(verdict ?? ''), `popup verdict: ${verdict}`);
      await sleep(500);
      assert(!(await page.evaluate(() => !!document.querySelector('fixlist-sidebar'))), 'no fixlist-sidebar');
      await popup.close();
      await page.close();
    },
  })),
];
