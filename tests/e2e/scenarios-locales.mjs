// The interface in other languages, in Chromium started with --lang (what a person's browser language
// does): Arabic mirrors the sidebar to the left, Japanese reads in Japanese. SCREENSHOTS=1 writes the
// README's pictures of both.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitFor } from './browsers.mjs';
import { assert, assertEqual, sidebarEval, sidebarReady } from './scenarios.mjs';

const root = new URL('../../', import.meta.url);
const docs = fileURLToPath(new URL('docs/', root));
const messagesOf = (locale) =>
  JSON.parse(readFileSync(new URL(`public/_locales/${locale}/messages.json`, root), 'utf8'));

/** Where the sidebar is and what it says. */
const look = (page) =>
  sidebarEval(page, (r) => {
    const aside = r.querySelector('.fl-sidebar');
    const box = aside?.getBoundingClientRect();
    return (
      box && {
        left: Math.round(box.left),
        right: Math.round(box.right),
        direction: getComputedStyle(aside).direction,
        collapse: r.querySelector('.fl-sidebar-head .fl-button')?.getAttribute('aria-label'),
        progress: r.querySelector('[data-fixlist="progress"]')?.textContent.trim(),
        note: r.querySelector('.fl-note')?.textContent.trim(),
      }
    );
  });

function localeScenario({ locale, lang, rtl, shot }) {
  return {
    name: `interface in ${locale} (--lang=${lang}): the sidebar speaks it${rtl ? ', opens on the left and mirrors' : ''}`,
    browsers: ['chromium'],
    async run(_b, server) {
      const messages = messagesOf(locale);
      const browser = await launchChromium('.output/chrome-mv3', { args: [`--lang=${lang}`] });
      try {
        const page = await browser.open(server.url('seed-000'));
        assertEqual((await sidebarReady(page))?.length, 8, 'the 8 fixes');
        const seen = await waitFor(async () => {
          const now = await look(page);
          return now?.progress ? now : null;
        });
        assertEqual(seen.collapse, messages.collapseLabel.message, 'the collapse button in the interface language');
        assertEqual(seen.progress, messages.progressOf.message.replace('$1', '0').replace('$2', '8'), 'progress line');
        const width = await page.evaluate(() => innerWidth);
        const room = await page.evaluate(() => getComputedStyle(document.documentElement)[`margin${'Left'}`]);
        if (rtl) {
          assertEqual([seen.direction, seen.left, seen.right], ['rtl', 0, 360], 'right to left, on the left edge');
          assertEqual(room, '360px', 'the page is given room on the left');
        } else {
          assertEqual([seen.direction, seen.right], ['ltr', width], 'left to right, on the right edge');
          assertEqual(room, '0px', 'no room taken on the left');
        }
        // Collapsed, the tab waits on the same edge the sidebar went to.
        await browser.clickInSidebar(page, '.fl-sidebar-head .fl-button');
        const tab = await waitFor(() =>
          sidebarEval(page, (r) => {
            const box = r.querySelector('.fl-tab')?.getBoundingClientRect();
            return box && { left: Math.round(box.left), right: Math.round(box.right) };
          }),
        );
        assert(
          rtl ? tab.left === 0 : tab.right === width,
          `the tab sits on the sidebar's edge: ${JSON.stringify(tab)}`,
        );
        await browser.clickInSidebar(page, '.fl-tab');
        if (process.env.SCREENSHOTS === '1') {
          await browser.clickInSidebar(page, 'input[type=checkbox]', 0);
          await browser.clickInSidebar(page, '.fl-chip-failed', 0);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.mouse.move(640, 10);
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${docs}${shot}` });
        }
      } finally {
        await browser.close();
      }
    },
  };
}

export const localeScenarios = [
  localeScenario({ locale: 'ar', lang: 'ar', rtl: true, shot: 'sidebar-ar.png' }),
  localeScenario({ locale: 'ja', lang: 'ja', rtl: false, shot: 'sidebar-ja.png' }),
];
