// npm run demo: build, serve the demo article on 127.0.0.1 and open Chromium with Fixlist loaded.
// With a display it opens a window and waits for Ctrl+C; without one it runs headless and writes
// screenshots of the sidebar and the popup.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, waitFor } from '../tests/e2e/browsers.mjs';
import { sidebarHas } from '../tests/e2e/scenarios.mjs';
import { startServer } from '../tests/e2e/server.mjs';

execSync('npx wxt build', { stdio: 'inherit' });
const server = await startServer(Number(process.env.PORT ?? 0));
const headless = !process.env.DISPLAY || process.env.CI === 'true';
const browser = await launchChromium('.output/chrome-mv3', { headless });
const page = await browser.open(server.demoUrl);
const shown = await waitFor(() => sidebarHas(page, '[data-fixlist="fix"]'));
console.log(
  shown ? `Fixlist's sidebar is showing on ${server.demoUrl}` : 'The sidebar did not appear: see the browser console.',
);

if (headless) {
  const out = resolve(process.env.SCREENSHOT_DIR ?? 'demo-output');
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: `${out}/sidebar.png` });
  const popup = await browser.openPopupFor(server.demoUrl);
  await popup.setViewportSize({ width: 400, height: 640 });
  await waitFor(() => popup.evaluate(() => !!document.querySelector('[data-fixlist="progress"]')));
  await popup.screenshot({ path: `${out}/popup.png` });
  console.log(`No display: ran headless. Screenshots:\n  ${out}/sidebar.png\n  ${out}/popup.png`);
  await browser.close();
  await server.close();
} else {
  console.log('Load another page, tick a fix, open the toolbar popup. Ctrl+C to stop.');
}
