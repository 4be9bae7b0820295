// One small driver per real browser, with the same methods, so every scenario runs in both:
// Chromium through Playwright, Firefox ESR through Puppeteer over WebDriver BiDi (see shared/TOOLCHAIN.md).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { fromBidi, fromCdp, queryAll } from './sidebar-tree.mjs';

const FIREFOX_ADDON_ID = 'fixlist@fixlist.dev';
const FIREFOX_UUID = '5c1d7e2a-3b4f-4c6d-9e8f-0a1b2c3d4e5f';

/**
 * Every request for a host other than 127.0.0.1 goes to this proxy on this machine, which refuses it at
 * once (nothing leaves, nothing hangs) and notes its address: what the browser tried to reach, the
 * extension's background included, which no page-level request event shows in Firefox.
 */
async function startRefusingProxy() {
  const tried = [];
  const server = createServer((req, res) => {
    tried.push(req.url);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    tried.push(`https://${req.url}/`);
    // A browser may reset the tunnel it asked for: that is no error of the test run.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('clientError', (_, socket) => socket.destroy());
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: server.address().port,
    /** Addresses tried since `from` (an index from `mark()`). */
    triedSince: (from) => tried.slice(from),
    mark: () => tried.length,
    close: () => new Promise((done) => server.close(done)),
  };
}

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

/**
 * Click like a person at the element matched by `selector` (`index`-th match) inside the sidebar's closed
 * shadow root: the driver finds it through the protocol, scrolls it into view and gives its box's centre;
 * the mouse click there is a trusted event.
 */
const clickInSidebarWith =
  (driver) =>
  async (page, selector, index = 0) => {
    const node = (await driver.sidebarQuery(page, selector))[index];
    if (!node) throw new Error(`nothing to click at ${selector}[${index}]`);
    const box = await driver.centreOf(page, node);
    if (!box) throw new Error(`${selector}[${index}] has no box to click`);
    await page.mouse.click(box.x, box.y);
  };

/** Chromium: the sidebar's tree through the DevTools protocol (`pierce` reaches closed roots). */
function chromiumSidebar(context) {
  const sessions = new WeakMap();
  const cdpOf = async (page) => {
    if (!sessions.has(page)) sessions.set(page, await context.newCDPSession(page));
    return sessions.get(page);
  };
  const driver = {
    async sidebarHost(page) {
      const cdp = await cdpOf(page);
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'fixlist-sidebar' });
      if (!nodeId) return null;
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true });
      return fromCdp(node);
    },
    async sidebarQuery(page, selector) {
      return queryAll((await driver.sidebarHost(page))?.shadowRoot, selector);
    },
    /** Run `fn(node, ...args)` in the page on a node of the tree (a live property: checked, focus, box). */
    async callOn(page, node, fn, ...args) {
      const cdp = await cdpOf(page);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.ref });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (...args) { return JSON.stringify((${fn})(this, ...args)); }`,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value === undefined ? undefined : JSON.parse(result.value);
    },
    async centreOf(page, node) {
      const cdp = await cdpOf(page);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.ref });
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.ref });
      const [x1, y1, x2, , , y3] = model.border;
      return { x: (x1 + x2) / 2, y: (y1 + y3) / 2 };
    },
  };
  return driver;
}

/** Firefox: the sidebar's tree through WebDriver BiDi (`includeShadowTree: 'all'` serializes closed roots). */
function firefoxSidebar(browser) {
  const call = async (page, functionDeclaration, args, serializationOptions) => {
    const { result } = await browser.connection.send('script.callFunction', {
      functionDeclaration,
      arguments: args,
      awaitPromise: true,
      target: { context: page.mainFrame()._id },
      ...(serializationOptions ? { serializationOptions } : {}),
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script error');
    return result.result;
  };
  const driver = {
    async sidebarHost(page) {
      const remote = await call(page, '() => document.querySelector("fixlist-sidebar")', [], {
        includeShadowTree: 'all',
        maxDomDepth: 60,
      });
      return remote?.type === 'node' ? fromBidi(remote) : null;
    },
    async sidebarQuery(page, selector) {
      return queryAll((await driver.sidebarHost(page))?.shadowRoot, selector);
    },
    async callOn(page, node, fn, ...args) {
      const remote = await call(
        page,
        `(node, ...args) => JSON.stringify((${fn})(node, ...args.map((a) => JSON.parse(a))))`,
        [{ sharedId: node.ref }, ...args.map((value) => ({ type: 'string', value: JSON.stringify(value) }))],
      );
      return remote?.type === 'string' ? JSON.parse(remote.value) : undefined;
    },
    async centreOf(page, node) {
      return driver.callOn(page, node, (el) => {
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
    },
  };
  return driver;
}

const drivers = new WeakMap();
/**
 * The protocol reader for a page's sidebar, whichever driver opened it: Playwright pages (Chromium) have a
 * `context()`, Puppeteer pages (Firefox over BiDi) a `browser()`. One reader per browser context.
 */
export function sidebarDriver(page) {
  return typeof page.context === 'function'
    ? readerOf(page.context(), chromiumSidebar)
    : readerOf(page.browser(), firefoxSidebar);
}
function readerOf(owner, make) {
  if (!drivers.has(owner)) drivers.set(owner, make(owner));
  return drivers.get(owner);
}

/**
 * `profile`: a profile folder to open (and keep) instead of a fresh one, as a person reopening their
 * browser does; `args`: more command-line switches (say, `--lang=ar` for the interface language).
 */
export async function launchChromium(extensionDir, { headless = true, profile: kept, args = [] } = {}) {
  const profile = kept ?? (await mkdtemp(join(tmpdir(), 'fixlist-chromium-')));
  // A profile Chromium has never opened: the extension is installed now, and opens its welcome tab.
  const fresh = !existsSync(join(profile, 'Default'));
  const dir = resolve(extensionDir);
  const proxy = await startRefusingProxy();
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
      // Every request beyond this machine goes to the refusing proxy: nothing leaves, nothing hangs.
      `--proxy-server=127.0.0.1:${proxy.port}`,
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // On a fresh profile, let the install finish (its welcome tab opens) before any article loads, as a person's
  // would: a tab already loading while the extension installs gets no tab events from Chromium, which is not
  // what the scenarios are about (and made their first page flaky).
  if (fresh) await waitFor(() => context.pages().some((p) => p.url().endsWith('/welcome.html')));
  // URL.origin is 'null' for chrome-extension: URLs, so cut the address by hand.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  const sidebar = readerOf(context, chromiumSidebar);
  return {
    name: 'chromium',
    ...sidebar,
    clickInSidebar: clickInSidebarWith(sidebar),
    context,
    extensionOrigin,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // The page a person opened is the one in front: on a fresh profile the welcome tab the install opens
      // may have come up after it, and a background tab gets no animation frames until it is shown.
      await page.bringToFront();
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
    proxy,
    async close() {
      await context.close();
      await proxy.close();
      if (!kept) await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `profile`: a profile folder to open and keep. A temporary add-on is gone after a restart, so there
 * the add-on is installed the way a packaged one is: a proxy file in the profile's extensions folder
 * pointing at the build (unsigned, which Firefox ESR allows with xpinstall.signatures.required off).
 */
export async function launchFirefox(extensionDir, { profile } = {}) {
  if (profile) {
    await mkdir(join(profile, 'extensions'), { recursive: true });
    await writeFile(join(profile, 'extensions', FIREFOX_ADDON_ID), resolve(extensionDir));
  }
  const proxy = await startRefusingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    ...(profile ? { userDataDir: profile } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      ...(profile
        ? { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 }
        : {}),
      // As for Chromium: everything beyond 127.0.0.1 goes to a closed local port and fails at once.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  if (!profile) await browser.installExtension(resolve(extensionDir));
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const sidebar = readerOf(browser, firefoxSidebar);
  // Extension pages may never report "loaded" over BiDi: navigate without awaiting, then wait for the DOM.
  const gotoExtensionPage = async (page, url) => {
    page.goto(url).catch(() => {});
    await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url));
  };
  return {
    name: 'firefox',
    browser,
    ...sidebar,
    clickInSidebar: clickInSidebarWith(sidebar),
    extensionOrigin,
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // BiDi reports a failed sub-frame (an ad iframe refused by the proxy) as a failed navigation:
      // judge the page by its own document instead.
      await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
      await waitFor(() => page.evaluate((u) => location.href === u && document.readyState !== 'loading', url));
      return page;
    },
    async reload(page) {
      await page.reload({ waitUntil: 'load' });
    },
    resize: (page, width, height) => page.setViewport({ width, height }),
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
    proxy,
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
