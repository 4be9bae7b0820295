// Restarts: ticks and answers survive closing the browser and opening it again on the same profile.
// Each run opens its own browser twice on one profile folder (the shared browser of the suite stays up).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, launchFirefox, waitFor } from './browsers.mjs';
import { assertEqual, readSidebar, sidebarEval, sidebarReady } from './scenarios.mjs';

const BUILDS = {
  chromium: { launch: launchChromium, dir: '.output/chrome-mv3' },
  firefox: { launch: launchFirefox, dir: '.output/firefox-mv2' },
};

/** Per fix: ticked or not, and the answer pressed ('failed', 'fixed' or null). */
const answers = (page) =>
  sidebarEval(page, (root) =>
    [...root.querySelectorAll('[data-fixlist="fix"]')].map((fix) => ({
      ticked: !!fix.querySelector('input[type=checkbox]')?.checked,
      answer: fix.querySelector('.fl-chip[aria-pressed="true"]')?.className.match(/fl-chip-(\w+)/)?.[1] ?? null,
    })),
  );

const expected = Array.from({ length: 8 }, (_, i) => ({
  ticked: i === 1 || i === 3,
  answer: i === 1 ? 'failed' : null,
}));

export const restartScenarios = [
  {
    name: 'ticks and answers survive closing the browser and opening it again on the same profile',
    async run(b, server) {
      const { launch, dir } = BUILDS[b.name];
      const profile = await mkdtemp(join(tmpdir(), `fixlist-restart-${b.name}-`));
      const url = server.url('seed-001');
      let browser;
      try {
        browser = await launch(dir, { profile });
        let page = await browser.open(url);
        await sidebarReady(page);
        await browser.clickInSidebar(page, 'input[type=checkbox]', 1);
        await browser.clickInSidebar(page, '.fl-chip-failed', 0); // the only answer row: fix 2's
        await browser.clickInSidebar(page, 'input[type=checkbox]', 3);
        const before = await waitFor(async () => {
          const now = await answers(page);
          return JSON.stringify(now) === JSON.stringify(expected) ? now : null;
        });
        assertEqual(before, expected, 'before the restart: fix 2 tried (didn’t help), fix 4 tried');
        await browser.close();
        browser = null;

        browser = await launch(dir, { profile });
        page = await browser.open(url);
        assertEqual((await sidebarReady(page))?.length, 8, 'after the restart: the sidebar is back');
        const after = await waitFor(async () => {
          const now = await answers(page);
          return JSON.stringify(now) === JSON.stringify(expected) ? now : null;
        });
        assertEqual(after ?? (await answers(page)), expected, 'after the restart: the same ticks and answer');
        assertEqual((await readSidebar(page))?.filter((f) => f.checked).length, 2, 'two ticks read back');
      } finally {
        await browser?.close();
        await rm(profile, { recursive: true, force: true });
      }
    },
  },
];
