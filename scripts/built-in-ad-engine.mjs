// The built-in ad lists (lib/ads/filters/*.txt) as a serialized Ghostery engine, made when the code is
// bundled: the guide script loads it (deserialize, well under a millisecond) instead of parsing the lists
// on every help page. Served as the module `virtual:built-in-ad-engine` to Vite (wxt.config.ts,
// vitest.config.ts), esbuild (bench/build-harness.mjs) and tsx (scripts/raw-text-loader.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CosmeticFilter, FiltersEngine, NetworkFilter, parseFilter } from '@ghostery/adblocker';

export const BUILT_IN_AD_ENGINE = 'virtual:built-in-ad-engine';
export const filtersDir = path.resolve(import.meta.dirname, '../lib/ads/filters');

/** What Fixlist asks of the engine; "My filters" are parsed later with the same config (engine.config). */
const CONFIG = {
  loadCosmeticFilters: true,
  loadNetworkFilters: true,
  loadGenericCosmeticsFilters: true,
  loadExtendedSelectors: false,
  enableHtmlFiltering: false,
};

export function filterFiles() {
  return readdirSync(filtersDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(filtersDir, f));
}

/** The lists joined, in file-name order. */
export function builtInListText() {
  return filterFiles()
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/**
 * What the lists' filters are keyed by, as the engine sorts them: `filterKeys` of lib/ads/filter-keys.ts
 * (which reads "My filters" at runtime), line for line; tests/unit/url-keys.test.ts checks that the two agree.
 */
/** The class or id a selector opens with (`.name`, `.name[attr]`, `#name > x`): what the engine indexes it by. */
const leadingName = (selector) => /^[.#]([\w-]+)/.exec(selector)?.[1] ?? '';

function listKeys(text) {
  const keys = { classes: [], ids: [], keyedByHref: false, hosts: [], others: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('!')) continue;
    const filter = parseFilter(line);
    if (filter instanceof CosmeticFilter) {
      if (filter.isUnhide() || !filter.isGenericHide()) continue;
      if (filter.isClassSelector()) keys.classes.push(leadingName(filter.getSelector()));
      else if (filter.isIdSelector()) keys.ids.push(leadingName(filter.getSelector()));
      else if (filter.isHrefSelector()) keys.keyedByHref = true;
    } else if (filter instanceof NetworkFilter && !filter.isException()) {
      const host = filter.isHostnameAnchor() ? filter.getHostname() : '';
      if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) && !filter.filter?.startsWith('*')) keys.hosts.push(host);
      else keys.others.push(line);
    }
  }
  return keys;
}

/** The module's source: the engine (base64) and what lib/ads/filter-keys.ts would find in the lists. */
export function builtInAdEngineSource() {
  const text = builtInListText();
  const serialized = Buffer.from(FiltersEngine.parse(text, CONFIG).serialize()).toString('base64');
  return [
    `export const serializedEngine = ${JSON.stringify(serialized)};`,
    `export const builtInKeys = ${JSON.stringify(listKeys(text))};`,
    `export const listText = ${JSON.stringify(text)};`,
  ].join('\n');
}

/** Vite: the module, rebuilt when a list changes. */
export function builtInAdEngineVite() {
  const resolved = `\0${BUILT_IN_AD_ENGINE}`;
  return {
    name: 'fixlist-built-in-ad-engine',
    resolveId: (id) => (id === BUILT_IN_AD_ENGINE ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      for (const f of filterFiles()) this.addWatchFile(f);
      return builtInAdEngineSource();
    },
  };
}

/** esbuild: the same module. */
export const builtInAdEngineEsbuild = {
  name: 'fixlist-built-in-ad-engine',
  setup(b) {
    b.onResolve({ filter: /^virtual:built-in-ad-engine$/ }, () => ({ path: 'engine', namespace: BUILT_IN_AD_ENGINE }));
    b.onLoad({ filter: /.*/, namespace: BUILT_IN_AD_ENGINE }, () => ({
      contents: builtInAdEngineSource(),
      loader: 'js',
      watchFiles: filterFiles(),
    }));
  },
};
