/**
 * Lets plain Node (tsx: `npm run eval`) import `*.txt?raw` as Vite does in the build and in vitest:
 * the file's text as the default export. Registered with `node --import ./scripts/raw-text-loader.mjs`.
 */
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';

if (!globalThis.__fixlistRawHooks) {
  globalThis.__fixlistRawHooks = true;
  register(new URL(import.meta.url));
}

export async function load(url, context, next) {
  if (!url.endsWith('?raw')) return next(url, context);
  const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
