// Bundles bench/entry.tsx (the extension's real lib/ and components/ code) into one IIFE for the page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { builtInAdEngineEsbuild } from '../scripts/built-in-ad-engine.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** `?inline` CSS imports (Vite's) become strings; extension APIs resolve to WXT's in-memory browser. */
const extensionShims = {
  name: 'fixlist-bench-shims',
  setup(b) {
    b.onResolve({ filter: /^(wxt\/browser|@wxt-dev\/browser|webextension-polyfill)$/ }, () => ({
      path: path.join(import.meta.dirname, 'fake-browser.ts'),
    }));
    // `@/lib/x` (tsconfig paths): resolved as `./lib/x` from the project root, extensions and all.
    b.onResolve({ filter: /^@\// }, (args) =>
      b.resolve(`./${args.path.slice(2)}`, { kind: args.kind, resolveDir: root }),
    );
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    // `?raw` text (the ad filter lists) becomes a string too.
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'inline-css',
    }));
    // As in the extension's build (wxt.config.ts): no public-suffix list; Fixlist passes host names itself.
    b.onResolve({ filter: /^tldts-experimental$/ }, () => ({ path: path.join(root, 'lib', 'ads', 'site-domain.ts') }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** Returns the harness source; also writes it to `outfile` for inspection. */
export async function buildHarness(outfile, { minify = true } = {}) {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'entry.tsx')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true', 'process.env.NODE_ENV': '"production"' },
    plugins: [extensionShims, builtInAdEngineEsbuild],
    outfile,
    write: true,
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error('bench: harness build failed');
  return readFile(outfile, 'utf8');
}
