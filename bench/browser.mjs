// Headless Chromium as TOOLCHAIN.md prescribes: the system binary, no network beyond 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Pages ask for fonts, ads and scripts from the web: only 127.0.0.1 resolves, so they fail at once.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  // Exact heap figures in performance.memory (otherwise bucketed).
  '--enable-precise-memory-info',
  // Timers and rendering must not be throttled in a headless background tab while we measure.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

/** The timing browser may also collect garbage between timed runs (window.gc). */
const TIMING_ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];

/** A plain browser for the timings: each page gets its own context (own renderer, so "cold" is cold). */
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: TIMING_ARGS });
  return {
    browser,
    async newContext() {
      return browser.newContext();
    },
    close: () => browser.close(),
  };
}

/** A fresh persistent profile, optionally with an unpacked extension loaded. */
export async function launch({ extensionDir } = {}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'fixlist-bench-'));
  const args = [...CHROMIUM_ARGS];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
