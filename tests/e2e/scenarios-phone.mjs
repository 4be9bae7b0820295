// Phones: a 390 × 844 view with touch (Chromium's device emulation over CDP). The checklist is a bottom
// sheet that leaves the fix being read in view, and every control is big enough for a thumb.
import { fileURLToPath } from 'node:url';
import { waitFor } from './browsers.mjs';
import { assert, assertEqual, readSidebar, sidebarEval, sidebarQuery, sidebarReady } from './scenarios.mjs';

const PHONE = { width: 390, height: 844 };
const docs = fileURLToPath(new URL('../../docs/', import.meta.url));

/** A new tab that is a phone from its first paint: width, touch, and a coarse pointer. */
async function openOnPhone(b, url) {
  const page = await b.context.newPage();
  await page.setViewportSize(PHONE);
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Boxes of the sidebar's controls a thumb would touch (too small ones are listed by their text). */
const smallTargets = (page) =>
  sidebarEval(page, (root) =>
    [...root.querySelectorAll('button, input, label, a')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: `${el.tagName} ${el.className} ${el.textContent?.trim().slice(0, 30)}`,
          w: r.width,
          h: r.height,
        };
      })
      // A link inside a sentence is text, not a control (WCAG 2.5.8 exempts inline links).
      .filter((t) => !t.what.startsWith('A ') && (t.h < 44 || (t.what.startsWith('INPUT') && t.w < 44))),
  );

export const phoneScenarios = [
  {
    name: 'phone (390 px, touch): a bottom sheet that never hides the fix being read; 44 px touch targets',
    browsers: ['chromium'],
    async run(b, server) {
      const page = await openOnPhone(b, server.url('seed-000'));
      try {
        assert(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'the page sees a touch screen');
        const fixes = await sidebarReady(page);
        assertEqual(fixes?.length, 8, 'the sheet opens with the 8 fixes');

        const sheet = await sidebarEval(page, (root) => {
          const r = root.querySelector('.fl-sidebar').getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        });
        assertEqual([sheet.left, sheet.right, sheet.bottom], [0, PHONE.width, PHONE.height], 'sheet spans the bottom');
        assert(sheet.top > PHONE.height * 0.5, `the sheet takes under half the screen (top at ${sheet.top})`);
        const room = await page.evaluate(() =>
          Number.parseFloat(getComputedStyle(document.documentElement).paddingBottom),
        );
        assert(
          Math.abs(room - (PHONE.height - sheet.top)) < 2,
          `the page is given the sheet's height at its end (${room})`,
        );

        assertEqual(await smallTargets(page), [], 'controls under 44 px');

        // Choose the 5th fix: its heading scrolls into the part of the screen the sheet leaves free.
        await b.clickInSidebar(page, '[data-fixlist="fix-title"]', 4);
        const where = () =>
          page.evaluate((title) => {
            const h = [...document.querySelectorAll('.article-content h2, .article-content h3')].find((el) =>
              el.textContent.includes(title),
            );
            const r = h?.getBoundingClientRect();
            return r && { top: Math.round(r.top), bottom: Math.round(r.bottom) };
          }, fixes[4].title);
        const seen = await waitFor(async () => {
          const r = await where();
          return r && r.top >= 0 && r.bottom <= sheet.top && r.top < sheet.top / 2 ? r : null;
        });
        assert(seen, `the chosen fix is above the sheet, near the top: ${JSON.stringify(await where())}`);

        await b.clickInSidebar(page, 'input[type=checkbox]', 4);
        const ticked = await readSidebar(page);
        assertEqual(ticked?.map((f) => f.checked).indexOf(true), 4, 'a tap ticks the fix');
        if (process.env.SCREENSHOTS === '1') await page.screenshot({ path: `${docs}phone.png` });

        // Collapsed, the sheet is a bar along the bottom edge, and the page gets its room back.
        await b.clickInSidebar(page, '.fl-sidebar-head .fl-button');
        const bar = await sidebarEval(page, (root) => {
          const r = root.querySelector('.fl-tab')?.getBoundingClientRect();
          return r && { bottom: r.bottom, width: r.width, height: r.height };
        });
        assert(
          bar && bar.bottom === PHONE.height && bar.width === PHONE.width && bar.height >= 44,
          'a 44 px bar at the bottom',
        );
        assertEqual((await sidebarQuery(page, '[data-fixlist="fix"]')).length, 0, 'collapsed: no fixes cover the page');
        assertEqual(await page.evaluate(() => document.documentElement.style.paddingBottom), '', 'room given back');
      } finally {
        await page.close();
      }
    },
  },
];
