// The extensions the whole-script bench compares, each loaded alone: Fixlist's own build, and two
// stand-ins with one every-page content script each (a no-op, and one DOM walk). Firefox copies get
// a mark before and after the every-page scripts (same sandbox, so one variable carries the start).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EVERY_PAGE_SCRIPT } from '../scripts/bundle-size-guard.mjs';

/** The stand-ins' scripts: what "nothing" and "one DOM walk" cost as a content script. */
const STAND_INS = {
  noop: 'void 0;\n',
  walk: 'document.querySelectorAll("*").length;\n',
};

const MARK_START = 'globalThis.__benchStart = performance.now();\n';
/** Bench-only (never in the product): the span is left on the page for the bench to read. */
const MARK_END =
  'document.documentElement.setAttribute("data-bench-every-page-ms", String(performance.now() - globalThis.__benchStart));\n';

const standInManifest = (name, mv) => ({
  manifest_version: mv,
  name: `bench ${name}`,
  version: '1.0',
  ...(mv === 2 ? { browser_specific_settings: { gecko: { id: `bench-${name}@fixlist.dev` } } } : {}),
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['every-page.js'] }],
});

/**
 * Writes the Chromium variants: { name, dir } for Fixlist (its build as is) and each stand-in.
 */
export function chromiumVariants(outDir, fixlistBuild) {
  const variants = [{ name: 'fixlist', dir: fixlistBuild }];
  for (const [name, code] of Object.entries(STAND_INS)) {
    const dir = path.join(outDir, `chromium-${name}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(standInManifest(name, 3)));
    writeFileSync(path.join(dir, 'every-page.js'), code);
    variants.push({ name, dir });
  }
  return variants;
}

/** Wraps every content-script entry of a manifest between the two marks. */
function wrapWithMarks(dir) {
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(path.join(dir, 'bench-start.js'), MARK_START);
  writeFileSync(path.join(dir, 'bench-end.js'), MARK_END);
  for (const entry of manifest.content_scripts ?? []) entry.js = ['bench-start.js', ...entry.js, 'bench-end.js'];
  writeFileSync(file, JSON.stringify(manifest));
}

/**
 * Fixlist's first look is injected by its background only where a tab deserves it: the marks go
 * into the script itself, keeping its result (the bundle's last statement names it) as the last value.
 */
function markInjectedScript(dir, script) {
  const file = path.join(dir, script);
  const code = readFileSync(file, 'utf8');
  const result = code.match(/^var (\w+)=/)?.[1];
  if (!result) throw new Error(`bench: ${script} does not start with its result's var`);
  writeFileSync(file, `${MARK_START}${code}\n;${MARK_END}${result};\n`);
}

/** Writes the Firefox variants (copies, marked): Fixlist's MV2 build and each stand-in. */
export function firefoxVariants(outDir, fixlistBuild) {
  const fixlist = path.join(outDir, 'firefox-fixlist');
  rmSync(fixlist, { recursive: true, force: true });
  cpSync(fixlistBuild, fixlist, { recursive: true });
  wrapWithMarks(fixlist);
  markInjectedScript(fixlist, EVERY_PAGE_SCRIPT);
  const variants = [{ name: 'fixlist', dir: fixlist, injected: true }];
  for (const [name, code] of Object.entries(STAND_INS)) {
    const dir = path.join(outDir, `firefox-${name}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(standInManifest(name, 2)));
    writeFileSync(path.join(dir, 'every-page.js'), code);
    wrapWithMarks(dir);
    variants.push({ name, dir });
  }
  return variants;
}
