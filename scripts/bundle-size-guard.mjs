#!/usr/bin/env node
// Fails (exit 1) when the script injected on every page, first-look.js, exceeds its
// gzip budget in either build. Run after `npm run build`; a missing build is a failure too (exit 2).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const EVERY_PAGE_SCRIPT = 'first-look.js';
/** Room for the first look's vocabulary in 15 languages; the polyfill and WXT's content-script start-up (4.7 KB gzip, the script before issue 12) would not fit. */
export const EVERY_PAGE_BUDGET_GZIP = 4 * 1024;
export const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Raw and gzip (level 9, as servers and stores compress) sizes of one file, in bytes. */
export function fileSizes(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Every file of a build folder with its sizes, largest first. */
export function buildSizes(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ file: path.relative(dir, full), ...fileSizes(full) });
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** The every-page script of each build, checked against the budget. */
export function checkEveryPageBudget(projectRoot = root) {
  return BUILDS.map((build) => {
    const file = path.join(projectRoot, build, EVERY_PAGE_SCRIPT);
    if (!existsSync(file)) return { build, missing: true, ok: false };
    const sizes = fileSizes(file);
    return { build, ...sizes, ok: sizes.gzip <= EVERY_PAGE_BUDGET_GZIP };
  });
}

function main() {
  const results = checkEveryPageBudget();
  for (const r of results) {
    const where = `${r.build}/${EVERY_PAGE_SCRIPT}`;
    if (r.missing) console.log(`bundle-size-guard: MISSING ${where} (run \`npm run build\` first)`);
    else {
      const verdict = r.ok ? 'ok' : 'OVER BUDGET';
      console.log(
        `bundle-size-guard: ${where}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip (budget ${kb(EVERY_PAGE_BUDGET_GZIP)} gzip) ${verdict}`,
      );
    }
  }
  if (results.some((r) => r.missing)) process.exit(2);
  if (results.some((r) => !r.ok)) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
