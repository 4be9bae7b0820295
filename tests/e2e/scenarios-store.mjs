// The store's pictures: 1280 × 800, light and dark, before and after, popup, welcome page. Always taken
// (to a temporary folder) so a broken picture fails here; SCREENSHOTS=1 writes them to docs/store/screenshots.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertEqual } from './scenarios.mjs';
import { STORE_SIZE, takeStoreShots } from './store-shots.mjs';

const docs = fileURLToPath(new URL('../../docs/store/screenshots/', import.meta.url));

/** A PNG's width and height, from its IHDR chunk. */
const sizeOf = (png) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

export const storeScenarios = [
  {
    name: 'store pictures at 1280 × 800: before/after, popup and welcome page, light and dark',
    browsers: ['chromium'],
    async run() {
      const keep = process.env.SCREENSHOTS === '1';
      const out = keep ? docs : await mkdtemp(join(tmpdir(), 'fixlist-store-'));
      try {
        const written = await takeStoreShots(out);
        assertEqual(written.length, 8, 'eight pictures');
        for (const name of written) assertEqual(sizeOf(await readFile(join(out, name))), STORE_SIZE, name);
      } finally {
        if (!keep) await rm(out, { recursive: true, force: true });
      }
    },
  },
];
