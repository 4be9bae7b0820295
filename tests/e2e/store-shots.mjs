// Store and demo pictures at 1280 × 800, light and dark: the demo article before (Chromium without
// Fixlist: the ads in place) and after (the sidebar, ads gone), the toolbar popup over it, the welcome page.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchChromium, waitFor } from './browsers.mjs';
import { sidebarReady } from './scenarios.mjs';
import { startServer } from './server.mjs';

export const STORE_SIZE = { width: 1280, height: 800 };
const SCHEMES = ['light', 'dark'];

/** Bring the first fix's heading near the top, with the ads around it in view. */
const toFirstFix = (page) =>
  page.evaluate(() => {
    const heading = [...document.querySelectorAll('.article-content h2')].find((h) => /^\s*1\./.test(h.textContent));
    window.scrollTo(0, (heading?.getBoundingClientRect().top ?? 0) + window.scrollY - 120);
  });

/** Writes the pictures to `out` and returns their file names. */
export async function takeStoreShots(out, { extensionDir = '.output/chrome-mv3' } = {}) {
  mkdirSync(out, { recursive: true });
  const server = await startServer(0, { theme: true });
  const written = [];
  const shoot = async (page, name) => {
    await page.mouse.move(0, 0);
    await page.waitForTimeout(250);
    await page.screenshot({ path: `${out}/${name}` });
    written.push(name);
  };
  try {
    const plain = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--proxy-server=127.0.0.1:9'],
    });
    for (const colorScheme of SCHEMES) {
      const page = await plain.newPage({ viewport: STORE_SIZE, colorScheme });
      await page.goto(server.demoUrl, { waitUntil: 'load' });
      await toFirstFix(page);
      await shoot(page, `before-${colorScheme}.png`);
    }
    await plain.close();

    const b = await launchChromium(extensionDir);
    try {
      const page = await b.open(server.demoUrl);
      await page.setViewportSize(STORE_SIZE);
      await sidebarReady(page);
      await b.clickInSidebar(page, 'input[type=checkbox]', 0);
      await b.clickInSidebar(page, '.fl-chip-failed', 0);
      await b.clickInSidebar(page, 'input[type=checkbox]', 1);
      const popup = await b.openPopupFor(server.demoUrl);
      await popup.setViewportSize({ width: 400, height: 600 });
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.bringToFront();
        await toFirstFix(page);
        await shoot(page, `after-${colorScheme}.png`);
        await popup.emulateMedia({ colorScheme });
        await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-fixlist="progress"]')));
        const popupPng = await popup.screenshot();
        const pagePng = readFileSync(`${out}/after-${colorScheme}.png`);
        // The popup as the toolbar shows it: over the page, under its button at the top right.
        const frame = await b.context.newPage();
        await frame.setViewportSize(STORE_SIZE);
        const img = (png) => `data:image/png;base64,${png.toString('base64')}`;
        await frame.setContent(
          `<body style="margin:0"><img src="${img(pagePng)}" style="display:block">` +
            `<img src="${img(popupPng)}" style="position:fixed;top:8px;right:16px;border-radius:8px;` +
            `box-shadow:0 8px 32px rgb(0 0 0/.35)"></body>`,
        );
        await shoot(frame, `popup-${colorScheme}.png`);
        await frame.close();
      }
      const welcome = await b.openExtensionPage('/welcome.html');
      await welcome.setViewportSize(STORE_SIZE);
      for (const colorScheme of SCHEMES) {
        await welcome.emulateMedia({ colorScheme });
        await shoot(welcome, `welcome-${colorScheme}.png`);
      }
    } finally {
      await b.close();
    }
  } finally {
    await server.close();
  }
  return written;
}
