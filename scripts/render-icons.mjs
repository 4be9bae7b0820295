// Renders assets/icon/fixlist.svg to the PNGs the manifest names (public/icon/), in headless Chromium:
// the coloured set (a tab with a checklist, the store, the extensions page) and a grey "idle" set for
// toolbar buttons on tabs without one. Run after editing the SVG: node scripts/render-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('assets/icon/fixlist.svg', 'utf8');
const variants = { '': svg, 'idle-': svg.replace('#0a6b4e', '#6b6f78') };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const [prefix, source] of Object.entries(variants)) {
  for (const size of prefix ? [16, 32] : [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    const url = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${url}" width="${size}" height="${size}">`,
    );
    await page.locator('img').screenshot({ path: `public/icon/${prefix}${size}.png`, omitBackground: true });
  }
}
await browser.close();
console.log('icons written to public/icon/');
