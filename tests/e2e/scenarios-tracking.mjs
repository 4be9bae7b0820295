// Tracking what was tried, end to end: outcomes shared live between sidebar, popup and tabs; the same fix
// remembered across guides; the toolbar badge; a keyboard-only run; axe on the sidebar and the popup;
// the Markdown export; and the README screenshots (written only with SCREENSHOTS=1).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { waitFor } from './browsers.mjs';
import { assert, assertEqual, SEED_TITLES, sidebarEval, sidebarHas, sidebarReady } from './scenarios.mjs';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A different guide that repeats two of the seeds' fixes (tests/fixtures/pages/hand-shared-fixes-icloud). */
const SHARED = 'hand-shared-fixes-icloud';
/** seed-000's article title, and the file name Download gives it. */
const SEED_000_TITLE = 'WhatsApp & iCloud: Making Sure Your Conversations Are Securely Saved in the Cloud';
const SEED_000_FILE = 'fixlist-whatsapp-icloud-making-sure-your-conversations-are-securely.md';

/** Wait until `read()` gives `expected` (compared as JSON), then assert it: the last value read is reported. */
async function waitForEqual(read, expected, what, options) {
  const want = JSON.stringify(expected);
  let last;
  await waitFor(async () => {
    last = await read();
    return JSON.stringify(last) === want;
  }, options);
  assertEqual(last, expected, what);
}

/** Each fix as a person sees it in a checklist (the sidebar's, or the popup's): ticked, and which answer is pressed. */
const readChecklist = (page, inSidebar) => {
  const read = (root) =>
    [...(root ?? document).querySelectorAll('[data-fixlist="fix"]')].map((fix) => {
      const pressed = fix.querySelector('[data-fixlist="outcome"] [aria-pressed="true"]');
      return `${fix.querySelector('input[type=checkbox]')?.checked ? 'x' : ' '}${pressed ? `:${pressed.dataset.outcome}` : ''}`;
    });
  return inSidebar ? sidebarEval(page, read) : page.evaluate(read);
};

/** The checklist's states when only `ticked` (index -> outcome or null) are set, of `n` fixes. */
const states = (n, ticked) =>
  Array.from({ length: n }, (_, i) => (i in ticked ? `x${ticked[i] ? `:${ticked[i]}` : ''}` : ' '));

/** Click the nth fix's answer button ("failed" = Didn't help, "fixed" = This fixed it) in the sidebar. */
async function answerInSidebar(b, page, index, outcome) {
  const button = `[data-fixlist="fix"]:nth-child(${index + 1}) [data-outcome="${outcome}"]`;
  await waitFor(() => sidebarHas(page, button));
  await b.clickInSidebar(page, button);
}

/**
 * An extension page to ask the browser what a person cannot read off the page (the badge, storage, tab ids).
 * The same calls work in Chromium (`chrome.*`, MV3) and Firefox (`browser.*`, MV2). A tab is found by its
 * address; of several with one address, the newest (the one this scenario opened).
 */
async function extensionTools(b) {
  const ext = await b.openExtensionPage('/options.html');
  const call = (fn, arg) => ext.evaluate(fn, arg);
  return {
    close: () => ext.close(),
    tabIdOf: (url) =>
      waitFor(() =>
        call(async (u) => {
          const api = globalThis.browser ?? globalThis.chrome;
          return Math.max(...(await api.tabs.query({})).filter((t) => t.url === u).map((t) => t.id));
        }, url).then((id) => (Number.isFinite(id) ? id : undefined)),
      ),
    /** The guide key of the checklist a tab shows, as its guide script reports it. */
    guideKeyOf: (url) =>
      waitFor(() =>
        call(async (u) => {
          const api = globalThis.browser ?? globalThis.chrome;
          const id = Math.max(...(await api.tabs.query({})).filter((t) => t.url === u).map((t) => t.id));
          // @webext-core/messaging's wire format (lib/messages.ts): the reply comes as { res }.
          const request = { id: 1, type: 'fixlist:page-state', timestamp: Date.now() };
          const state = Number.isFinite(id) && (await api.tabs.sendMessage(id, request))?.res;
          return state?.sidebar ? state.guide?.key : undefined;
        }, url),
      ),
    /** Start a guide over, as lib/progress-store.ts resetGuide does: its progress items and their metadata go. */
    reset: (guideKey) =>
      call(async (key) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const all = await api.storage.local.get(null);
        await api.storage.local.remove(Object.keys(all).filter((k) => k.startsWith(`progress:${key}:`)));
      }, guideKey),
    /** Stored outcomes of a guide's tried fixes, sorted ('tried' for a tick with no answer yet). */
    stored: (guideKey) =>
      call(async (key) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const all = await api.storage.local.get(null);
        return Object.entries(all)
          .filter(([k]) => k.startsWith(`progress:${key}:`) && !k.endsWith('$'))
          .map(([, v]) => v.outcome ?? 'tried')
          .sort();
      }, guideKey),
    badgeOf: (tabId) =>
      call(async (id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
      }, tabId),
  };
}

/**
 * A scenario with its own helpers: `opened(page)` closes the page afterwards and `openFresh(url)` opens a
 * checklist page with its guide started over (scenarios share one profile per browser), and starts it
 * over again afterwards, whether the scenario passed or failed.
 */
function scenario({ name, browsers, run }) {
  return {
    name,
    ...(browsers ? { browsers } : {}),
    async run(b, server) {
      const tools = await extensionTools(b);
      const undo = [];
      const opened = (page) => {
        undo.push(() => page.close());
        return page;
      };
      const openFresh = async (url) => {
        const page = opened(await b.open(url));
        assert(await sidebarReady(page), `a sidebar on ${url}`);
        const key = await tools.guideKeyOf(url);
        assert(key, `the guide key of ${url}`);
        await tools.reset(key);
        undo.push(() => tools.reset(key));
        await waitForEqual(() => readChecklist(page, true), states(8, {}), 'no ticks after the reset');
        return { page, key };
      };
      try {
        await run({ b, server, tools, opened, openFresh });
      } finally {
        for (const step of undo.reverse()) await step().catch(() => {});
        await tools.close();
      }
    },
  };
}

/** Tick a fix in the sidebar and wait until storage holds it (so an answer clicked next cannot race the tick). */
async function tick(b, tools, page, key, index, storedAfter) {
  await b.clickInSidebar(page, 'input[type=checkbox]', index);
  const ticked = await waitFor(async () => (await readChecklist(page, true))?.[index]?.startsWith('x'));
  assert(ticked, `fix ${index + 1} is ticked: ${await readChecklist(page, true)}`);
  await waitForEqual(() => tools.stored(key), storedAfter, `stored after ticking fix ${index + 1}`);
}

/** Which control has the focus, in words: inside the sidebar its accessible name, else the page's element. */
async function focused(page) {
  const inSidebar = await sidebarEval(page, (root) => {
    if (document.activeElement !== root.host) return null;
    const el = root.activeElement;
    if (el?.classList.contains('fl-sidebar-body')) return 'sidebar: (scrolling list)';
    return el ? `sidebar: ${el.getAttribute('aria-label') ?? el.textContent?.trim()}` : 'sidebar host';
  });
  return (
    inSidebar ??
    page.evaluate(() => {
      const active = document.activeElement;
      return active && active !== document.body ? `page: ${active.tagName.toLowerCase()}` : 'nothing';
    })
  );
}

/** A key press, with modifiers ("Shift+Tab"), that Playwright and Puppeteer (over BiDi) both understand. */
async function press(page, combo) {
  const keys = combo.split('+');
  const last = keys.pop();
  const key = last === 'Space' ? ' ' : last; // Puppeteer over BiDi knows the space bar only as ' '
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/**
 * Run axe-core in a page (its source evaluated, as extension pages refuse inline scripts) on `include`.
 * axe walks shadow roots through `host.shadowRoot`, which a closed root does not give page script: for the
 * duration of the check the test lends axe the root it reached through the protocol, then takes it back.
 */
async function axeViolations(page, include) {
  await page.evaluate(axeSource());
  const lent = include === 'fixlist-sidebar' && (await lendSidebarRoot(page, true));
  try {
    return await axeRun(page, include);
  } finally {
    if (lent) await lendSidebarRoot(page, false);
  }
}

const lendSidebarRoot = (page, lend) =>
  sidebarEval(
    page,
    (root, on) => {
      if (on) Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
      else delete root.host.shadowRoot;
      return true;
    },
    lend,
  );

function axeRun(page, include) {
  return page.evaluate(async (context) => {
    const results = await globalThis.axe.run(context ? { include: [context] } : document, {
      resultTypes: ['violations', 'passes'],
    });
    return {
      violations: results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join('; ')}`,
      ),
      // How many nodes axe looked at inside the sidebar's shadow root: proof that it saw into it.
      shadowNodes: results.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0])).length,
      checked: results.passes.flatMap((p) => p.nodes).length,
    };
  }, include);
}

export const trackingScenarios = [
  scenario({
    name: 'an answer given in the sidebar shows at once in the popup and in another tab of the page',
    async run({ b, server, tools, opened, openFresh }) {
      const url = server.url('seed-001');
      const { page: first, key } = await openFresh(url);
      const second = opened(await b.open(url));
      await sidebarReady(second);
      const popup = opened(await b.openPopupFor(url));
      await waitForEqual(() => readChecklist(popup, false), states(8, {}), 'popup before');

      await tick(b, tools, first, key, 3, ['tried']);
      await answerInSidebar(b, first, 3, 'failed');
      await waitForEqual(() => readChecklist(second, true), states(8, { 3: 'failed' }), 'second tab: didn’t help');
      await waitForEqual(() => readChecklist(popup, false), states(8, { 3: 'failed' }), 'popup: didn’t help');

      await tick(b, tools, first, key, 5, ['failed', 'tried']);
      await answerInSidebar(b, first, 5, 'fixed');
      const solved = states(8, { 3: 'failed', 5: 'fixed' });
      await waitForEqual(() => readChecklist(second, true), solved, 'second tab: this fixed it');
      await waitForEqual(() => readChecklist(popup, false), solved, 'popup: this fixed it');
      await waitForEqual(
        () => popup.evaluate(() => document.querySelector('[data-fixlist="solved"]')?.parentElement?.textContent),
        `✓ Solved by “${SEED_TITLES[5]}” · 2/8 tried`,
        'the popup says which fix solved it',
      );
    },
  }),
  scenario({
    name: 'the same fix under another guide says "You tried this on 127.0.0.1 …: didn’t help", live',
    async run({ b, server, tools, opened, openFresh }) {
      const { page: seed, key } = await openFresh(server.url('seed-000'));
      const restart = SEED_TITLES.indexOf('Restart Your iPhone');
      await tick(b, tools, seed, key, restart, ['tried']);
      await answerInSidebar(b, seed, restart, 'failed');
      await waitForEqual(() => tools.stored(key), ['failed'], 'stored answer');

      const other = opened(await b.open(server.url(SHARED)));
      const fixes = await sidebarReady(other);
      assertEqual(fixes?.[0]?.title, 'Restart Your iPhone', `${SHARED} lists the same fix first`);
      const otherKey = await tools.guideKeyOf(server.url(SHARED));
      assert(otherKey && otherKey !== key, `${SHARED} is another guide (${otherKey} vs ${key})`);
      const notes = () =>
        sidebarEval(other, (root) =>
          [...root.querySelectorAll('[data-fixlist="fix"]')].map(
            (fix) => fix.querySelector('[data-fixlist="earlier"]')?.textContent ?? '',
          ),
        );
      await waitForEqual(
        notes,
        ["You tried this on 127.0.0.1 just now: didn't help", '', '', '', ''],
        'earlier-try notes on the other guide',
      );
      // The other guide's second fix is the seeds' fourth: ticked there now, its note appears here at once.
      await tick(b, tools, seed, key, SEED_TITLES.indexOf('Check the iCloud Server Status'), ['failed', 'tried']);
      await waitForEqual(
        notes,
        ["You tried this on 127.0.0.1 just now: didn't help", 'You tried this on 127.0.0.1 just now.', '', '', ''],
        'a note for a fix tried meanwhile in another tab',
      );
    },
  }),
  scenario({
    name: 'the toolbar badge counts the fixes left: 8, then 7 after a tick, empty once one fixed it',
    async run({ b, server, tools, openFresh }) {
      const url = server.url('seed-000');
      const { page, key } = await openFresh(url);
      const tabId = await tools.tabIdOf(url);
      await waitForEqual(() => tools.badgeOf(tabId), '8', 'badge with no ticks');
      await tick(b, tools, page, key, 0, ['tried']);
      await waitForEqual(() => tools.badgeOf(tabId), '7', 'badge after one tick');
      await answerInSidebar(b, page, 0, 'fixed');
      await waitForEqual(() => tools.badgeOf(tabId), '', 'badge once solved');
      await answerInSidebar(b, page, 0, 'fixed'); // taken back: not solved any more
      await waitForEqual(() => tools.badgeOf(tabId), '7', 'badge after taking the answer back');
      await tools.reset(key);
      await waitForEqual(() => tools.badgeOf(tabId), '8', 'badge after a reset');
    },
  }),
  scenario({
    name: 'keyboard only: into the sidebar, tick with Space, answer with Enter/Space, Escape to the tab, out again',
    async run({ server, tools, openFresh }) {
      const { page, key } = await openFresh(server.url('seed-000'));
      await page.bringToFront();
      const expectFocus = (what) => waitForEqual(() => focused(page), what, 'focus');
      // The sidebar is the page's last element: Shift+Tab from the top of the page lands in it.
      await press(page, 'Shift+Tab');
      const entered = await focused(page);
      assert(entered.startsWith('sidebar: '), `Shift+Tab enters the sidebar: ${entered}`);
      await press(page, 'Escape');
      await expectFocus('sidebar: Open Fixlist checklist, 0 of 8 fixes tried');
      await press(page, 'Enter');
      await expectFocus('sidebar: Collapse checklist (Escape)');
      await press(page, 'Tab');
      // Firefox gives a scrolling box a tab stop of its own (so the keyboard can scroll it): one Tab more there.
      if ((await focused(page)) === 'sidebar: (scrolling list)') await press(page, 'Tab');
      await expectFocus(`sidebar: Tried: ${SEED_TITLES[0]}`);
      await press(page, 'Space');
      await waitForEqual(() => readChecklist(page, true), states(8, { 0: null }), 'Space ticks the first fix');
      await waitForEqual(() => tools.stored(key), ['tried'], 'the tick is stored');
      await press(page, 'Tab');
      await expectFocus(`sidebar: ${SEED_TITLES[0]}`);
      await press(page, 'Tab');
      await expectFocus("sidebar: Didn't help");
      await press(page, 'Enter');
      await waitForEqual(() => readChecklist(page, true), states(8, { 0: 'failed' }), 'Enter answers "Didn’t help"');
      await press(page, 'Tab');
      await expectFocus('sidebar: This fixed it');
      await press(page, 'Tab');
      await expectFocus(`sidebar: Tried: ${SEED_TITLES[1]}`);
      await press(page, 'Space');
      await waitForEqual(() => tools.stored(key), ['failed', 'tried'], 'the second tick is stored');
      for (const control of [SEED_TITLES[1], "Didn't help", 'This fixed it']) {
        await press(page, 'Tab');
        await expectFocus(`sidebar: ${control}`);
      }
      await press(page, 'Space');
      await waitForEqual(
        () => readChecklist(page, true),
        states(8, { 0: 'failed', 1: 'fixed' }),
        'Space answers "This fixed it"',
      );
      await waitForEqual(() => tools.stored(key), ['failed', 'fixed'], 'the answers are stored');
      await press(page, 'Escape');
      await expectFocus('sidebar: Open Fixlist checklist, solved');
      // Not a trap: from the tab, Shift+Tab goes back into the page.
      await press(page, 'Shift+Tab');
      const out = await focused(page);
      assert(out.startsWith('page: '), `Shift+Tab leaves the collapsed sidebar for the page: ${out}`);
    },
  }),
  scenario({
    name: 'axe-core finds no accessibility violations in the sidebar (open, answered, collapsed) or the popup',
    async run({ b, server, tools, opened, openFresh }) {
      const url = server.url('seed-000');
      const { page, key } = await openFresh(url);
      await tick(b, tools, page, key, 0, ['tried']);
      await answerInSidebar(b, page, 0, 'failed');
      await tick(b, tools, page, key, 2, ['failed', 'tried']);
      await answerInSidebar(b, page, 2, 'fixed');
      await waitForEqual(() => tools.stored(key), ['failed', 'fixed'], 'stored answers');
      const popup = opened(await b.openPopupFor(url));
      await waitForEqual(() => readChecklist(popup, false), states(8, { 0: 'failed', 2: 'fixed' }), 'popup state');
      // Dark colours too where the driver can switch them (Playwright's emulateMedia).
      const schemes = page.emulateMedia ? ['light', 'dark'] : ['light'];
      const report = [];
      for (const colorScheme of schemes) {
        for (const p of [page, popup]) await p.emulateMedia?.({ colorScheme });
        const open = await axeViolations(page, 'fixlist-sidebar');
        assert(open.shadowNodes > 20, `axe checked the sidebar's shadow root (${open.shadowNodes} nodes)`);
        report.push(...open.violations.map((v) => `sidebar, ${colorScheme}: ${v}`));
        const inPopup = await axeViolations(popup, null);
        assert(inPopup.checked > 20, `axe checked the popup (${inPopup.checked} nodes)`);
        report.push(...inPopup.violations.map((v) => `popup, ${colorScheme}: ${v}`));
      }
      await b.clickInSidebar(page, '[aria-label="Collapse checklist (Escape)"]');
      await waitFor(() => sidebarHas(page, '.fl-tab'));
      for (const colorScheme of schemes) {
        await page.emulateMedia?.({ colorScheme });
        const tab = await axeViolations(page, 'fixlist-sidebar');
        assert(tab.shadowNodes > 0, 'axe checked the collapsed tab');
        report.push(...tab.violations.map((v) => `tab, ${colorScheme}: ${v}`));
      }
      assertEqual(report, [], 'axe violations');
    },
  }),
  scenario({
    name: 'the popup exports the guide as Markdown: Copy (clipboard) and Download (.md file)',
    async run({ b, server, tools, opened, openFresh }) {
      const url = server.url('seed-000');
      const { page, key } = await openFresh(url);
      await tick(b, tools, page, key, 0, ['tried']);
      await tick(b, tools, page, key, 2, ['tried', 'tried']);
      await answerInSidebar(b, page, 2, 'failed');
      await tick(b, tools, page, key, 4, ['failed', 'tried', 'tried']);
      await answerInSidebar(b, page, 4, 'fixed');
      await waitForEqual(() => tools.stored(key), ['failed', 'fixed', 'tried'], 'stored answers');
      const expected = [
        `# ${SEED_000_TITLE}`,
        '',
        `Source: <${url}>`,
        `Solved: "${SEED_TITLES[4]}" fixed it.`,
        '',
        `- [x] ${SEED_TITLES[0]}: tried`,
        `- [ ] ${SEED_TITLES[1]}`,
        `- [x] ${SEED_TITLES[2]}: didn't help`,
        `- [ ] ${SEED_TITLES[3]}`,
        `- [x] ${SEED_TITLES[4]}: this fixed it`,
        `- [ ] ${SEED_TITLES[5]}`,
        `- [ ] ${SEED_TITLES[6]}`,
        `- [ ] ${SEED_TITLES[7]}`,
        '',
      ].join('\n');

      const popup = opened(await b.openPopupFor(url));
      await popup.bringToFront();
      const current = '#fl-current-title ~ [data-fixlist="guide-actions"]';
      await waitFor(() => popup.evaluate((sel) => !!document.querySelector(sel), current));
      const status = () =>
        popup.evaluate((sel) => document.querySelector(`${sel} [role="status"]`)?.textContent, current);

      // Download: catch the file the popup hands to the browser (its <a download> click) and read it, off disk.
      await popup.evaluate(() => {
        document.addEventListener(
          'click',
          (event) => {
            const link = event.target;
            if (!(link instanceof HTMLAnchorElement) || !link.download) return;
            event.preventDefault();
            globalThis.__download = fetch(link.href)
              .then((r) => r.text())
              .then((text) => ({ name: link.download, text }));
          },
          true,
        );
      });
      await popup.click(`${current} [data-fixlist="download-markdown"]`);
      const file = await waitFor(() => popup.evaluate(() => globalThis.__download));
      assertEqual(file?.name, SEED_000_FILE, 'file name');
      assertEqual(file?.text, expected, 'downloaded Markdown');
      await waitForEqual(status, 'Downloaded as Markdown.', 'download status');

      await popup.click(`${current} [data-fixlist="copy-markdown"]`);
      await waitForEqual(status, 'Copied as Markdown.', 'copy status');
      if (b.context) {
        // Chromium grants clipboard-read to web origins only (an extension's origin counts as opaque):
        // read the one clipboard back from the article's tab.
        await b.context.grantPermissions(['clipboard-read'], { origin: server.origin });
        await page.bringToFront();
        assertEqual(await page.evaluate(() => navigator.clipboard.readText()), expected, 'copied Markdown');
      }
      // Firefox lets no page read the clipboard without a person's paste click: the Download check stands there.
    },
  }),
  scenario({
    name: 'README screenshots: sidebar light and dark, popup (written to docs/ with SCREENSHOTS=1)',
    browsers: ['chromium'], // Playwright's emulateMedia switches the colour scheme; Puppeteer over BiDi cannot here
    async run({ b, server, tools, opened, openFresh }) {
      const write = process.env.SCREENSHOTS === '1';
      const url = server.url('seed-000');
      const { page, key } = await openFresh(url);
      await tick(b, tools, page, key, 0, ['tried']);
      await answerInSidebar(b, page, 0, 'failed');
      await tick(b, tools, page, key, 1, ['failed', 'tried']);
      await waitForEqual(() => readChecklist(page, true), states(8, { 0: 'failed', 1: null }), 'two ticks, one answer');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0); // no hover effects in the picture
      const look = () =>
        sidebarEval(page, (root) => {
          const aside = root.querySelector('.fl-sidebar');
          const r = aside?.getBoundingClientRect();
          return (
            r && {
              onScreen: r.width > 300 && r.right <= innerWidth + 1 && aside.checkVisibility(),
              background: getComputedStyle(aside).backgroundColor,
            }
          );
        });
      if (write) mkdirSync(docs, { recursive: true });

      await page.emulateMedia({ colorScheme: 'light' });
      assertEqual(await look(), { onScreen: true, background: 'rgb(255, 255, 255)' }, 'light sidebar');
      if (write) await page.screenshot({ path: `${docs}sidebar.png` });
      await page.emulateMedia({ colorScheme: 'dark' });
      assertEqual(await look(), { onScreen: true, background: 'rgb(29, 31, 36)' }, 'dark sidebar');
      if (write) await page.screenshot({ path: `${docs}sidebar-dark.png` });

      const popup = opened(await b.openPopupFor(url));
      await popup.setViewportSize({ width: 380, height: 600 });
      await waitForEqual(() => readChecklist(popup, false), states(8, { 0: 'failed', 1: null }), 'popup state');
      assert(await popup.locator('#fl-current-title').isVisible(), 'the popup shows the guide');
      if (write) await popup.screenshot({ path: `${docs}popup.png`, fullPage: true });
    },
  }),
];
