// npm run demo: build, serve the demo article (a real seed page, with its site's theme and its affiliate
// ads) on 127.0.0.1 and open Chromium with Fixlist loaded. With a display it opens a window and waits for
// Ctrl+C; without one it runs headless and writes pictures: the page before (no Fixlist: ads in place)
// and after (sidebar, ads gone), the popup over it, and the welcome page, in light and dark.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browsers.mjs';
import { sidebarReady } from '../tests/e2e/scenarios.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { takeStoreShots } from '../tests/e2e/store-shots.mjs';

execSync('npx wxt build', { stdio: 'inherit' });
const headless = !process.env.DISPLAY || process.env.CI === 'true';

if (headless) {
  const out = resolve(process.env.SCREENSHOT_DIR ?? 'demo-output');
  const written = await takeStoreShots(out);
  console.log(`No display: ran headless. Pictures (1280 × 800):\n${written.map((f) => `  ${out}/${f}`).join('\n')}`);
} else {
  const server = await startServer(Number(process.env.PORT ?? 0), { theme: true });
  const browser = await launchChromium('.output/chrome-mv3', { headless: false });
  const page = await browser.open(server.demoUrl);
  const shown = await sidebarReady(page);
  console.log(
    shown
      ? `Fixlist's sidebar is showing on ${server.demoUrl}`
      : 'The sidebar did not appear: see the browser console.',
  );
  console.log('Load another page, tick a fix, open the toolbar popup. Ctrl+C to stop.');
}
