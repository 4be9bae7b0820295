// One small driver per real browser, with the same methods, so every scenario runs in both:
// Chromium through Playwright, Firefox ESR through Puppeteer over WebDriver BiDi (see shared/TOOLCHAIN.md).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const FIREFOX_ADDON_ID = 'fixlist@fixlist.dev';
const FIREFOX_UUID = '5c1d7e2a-3b4f-4c6d-9e8f-0a1b2c3d4e5f';

/** A closed port on this machine: requests for any other host fail here instead of waiting on the network. */
const DEAD_PROXY = '127.0.0.1:9';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value (or time runs out: then return the last value). */
export async function waitFor(fn, { timeout = 10_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let value;
  do {
    try {
      value = await fn();
    } catch {
      value = undefined;
    }
    if (value) return value;
    await sleep(interval);
  } while (Date.now() < end);
  return value;
}

/** Click the element matched by `selector` inside the sidebar's shadow root, with a real mouse click. */
async function clickInSidebar(page, selector, index = 0) {
  const box = await page.evaluate(
    ([sel, i]) => {
      const el = document.querySelector('fixlist-sidebar')?.shadowRoot?.querySelectorAll(sel)[i];
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    [selector, index],
  );
  if (!box) throw new Error(`nothing to click at ${selector}[${index}]`);
  await page.mouse.click(box.x, box.y);
}

export async function launchChromium(extensionDir, { headless = true } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'fixlist-chromium-'));
  const dir = resolve(extensionDir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every request beyond this machine fails at once at a closed local port: nothing leaves, nothing hangs.
      `--proxy-server=${DEAD_PROXY}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // URL.origin is 'null' for chrome-extension: URLs, so cut the address by hand.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  return {
    name: 'chromium',
    context,
    extensionOrigin,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async reload(page) {
      await page.reload({ waitUntil: 'load' });
    },
    resize: (page, width, height) => page.setViewportSize({ width, height }),
    /** Open a page and record every script that runs in it, the extension's content scripts included. */
    async openWatchingScripts(url) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const scripts = [];
      cdp.on('Debugger.scriptParsed', (event) => scripts.push(event.url));
      await cdp.send('Debugger.enable');
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return { page, scripts };
    },
    clickInSidebar,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${path}`);
      return page;
    },
    async openPopupFor(pageUrl) {
      const popup = await context.newPage();
      await popup.goto(`${extensionOrigin}/popup.html`);
      const tabId = await popup.evaluate(
        async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
        pageUrl,
      );
      await popup.goto(`${extensionOrigin}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(extensionDir) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // As for Chromium: everything beyond 127.0.0.1 goes to a closed local port and fails at once.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  await browser.installExtension(resolve(extensionDir));
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  // Extension pages may never report "loaded" over BiDi: navigate without awaiting, then wait for the DOM.
  const gotoExtensionPage = async (page, url) => {
    page.goto(url).catch(() => {});
    await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url));
  };
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // BiDi reports a failed sub-frame (an ad iframe refused by the dead proxy) as a failed navigation:
      // judge the page by its own document instead.
      await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
      await waitFor(() => page.evaluate((u) => location.href === u && document.readyState !== 'loading', url));
      return page;
    },
    async reload(page) {
      await page.reload({ waitUntil: 'load' });
    },
    resize: (page, width, height) => page.setViewport({ width, height }),
    clickInSidebar,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}${path}`);
      return page;
    },
    async openPopupFor(pageUrl) {
      const popup = await browser.newPage();
      await gotoExtensionPage(popup, `${extensionOrigin}/popup.html`);
      const tabId = await waitFor(() =>
        popup.evaluate(async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id, pageUrl),
      );
      await gotoExtensionPage(popup, `${extensionOrigin}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await browser.close();
    },
  };
}
