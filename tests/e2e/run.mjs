// End-to-end: the built extension in Chromium and Firefox ESR, pages served from 127.0.0.1.
// Prints one line per scenario and browser, then "N passed, N failed".
import { existsSync } from 'node:fs';
import { launchChromium, launchFirefox } from './browsers.mjs';
import { scenarios } from './scenarios.mjs';
import { adScenarios } from './scenarios-ads.mjs';
import { attackScenarios } from './scenarios-attacks.mjs';
import { everyPageScenarios } from './scenarios-every-page.mjs';
import { localeScenarios } from './scenarios-locales.mjs';
import { phoneScenarios } from './scenarios-phone.mjs';
import { realwebScenarios } from './scenarios-realweb.mjs';
import { restartScenarios } from './scenarios-restart.mjs';
import { storeScenarios } from './scenarios-store.mjs';
import { trackingScenarios } from './scenarios-tracking.mjs';
import { startServer } from './server.mjs';

const targets = [
  { launch: launchChromium, dir: '.output/chrome-mv3' },
  { launch: launchFirefox, dir: '.output/firefox-mv2' },
].filter((t) => !process.env.E2E_BROWSER || t.launch.name.toLowerCase().includes(process.env.E2E_BROWSER));
const only = process.env.E2E_ONLY;

let passed = 0;
let failed = 0;
const server = await startServer();
for (const { launch, dir } of targets) {
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is not built: run npm run build first`);
  const browser = await launch(dir);
  for (const scenario of [
    ...scenarios,
    ...trackingScenarios,
    ...realwebScenarios,
    ...phoneScenarios,
    ...restartScenarios,
    ...localeScenarios,
    ...storeScenarios,
    ...adScenarios,
    ...everyPageScenarios,
    // Last: the attacks end by reloading the extension under an open tab.
    ...attackScenarios,
  ]) {
    if (only && !scenario.name.includes(only)) continue;
    if (scenario.browsers && !scenario.browsers.includes(browser.name)) continue;
    const started = Date.now();
    try {
      await scenario.run(browser, server);
      passed++;
      console.log(`  ✓ [${browser.name}] ${scenario.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ [${browser.name}] ${scenario.name}\n      ${error?.message ?? error}`);
    }
  }
  await browser.close();
}
await server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
