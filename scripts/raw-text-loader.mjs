/**
 * Lets plain Node (tsx: `npm run eval`) import what Vite serves in the build and in vitest: `*.txt?raw` as
 * the file's text, and the prebuilt ad engine (`virtual:built-in-ad-engine`, scripts/built-in-ad-engine.mjs).
 * Registered with `node --import ./scripts/raw-text-loader.mjs`.
 */
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';

const ENGINE = 'virtual:built-in-ad-engine';

if (!globalThis.__fixlistRawHooks) {
  globalThis.__fixlistRawHooks = true;
  register(new URL(import.meta.url));
}

export async function resolve(specifier, context, next) {
  if (specifier === ENGINE) return { url: ENGINE, shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url === ENGINE) {
    // Imported here, in the loader's own thread, only when the engine is asked for.
    const { builtInAdEngineSource } = await import('./built-in-ad-engine.mjs');
    return { format: 'module', source: builtInAdEngineSource(), shortCircuit: true };
  }
  if (!url.endsWith('?raw')) return next(url, context);
  const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
