// The seed pages' own look for the demo and the store screenshots: they are Hexo renders with the theme
// hexo-theme-redefine (a dev dependency, GPL-3.0, never shipped in the extension). Its stylesheets,
// fonts and images are served from the package; style.css is compiled from the theme's Stylus sources
// with its default _config.yml, as Hexo would. Its scripts are not served: the page stays as Fixlist finds it.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import * as yaml from 'js-yaml';
import stylus from 'stylus';

const require = createRequire(import.meta.url);
const themeRoot = dirname(require.resolve('hexo-theme-redefine/package.json'));
const TYPES = {
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};
/** Folders of the theme's `source/` a page may load from (not js/). */
const SERVED = /^\/(css|fonts|fontawesome|images|assets|webfonts)\//;

function compileStyle() {
  const config = yaml.load(readFileSync(join(themeRoot, '_config.yml'), 'utf8'));
  const setting = (path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), config);
  const { nodes } = stylus;
  const toNode = (v) => {
    if (v === undefined || v === null) return nodes.null;
    if (typeof v === 'boolean') return new nodes.Boolean(v);
    if (typeof v === 'number') return new nodes.Unit(v);
    if (Array.isArray(v)) {
      const list = new nodes.Expression();
      for (const x of v) list.push(toNode(x));
      return list;
    }
    if (typeof v === 'object') {
      const object = new nodes.Object();
      for (const [k, x] of Object.entries(v)) object.set(k, toNode(x));
      return object;
    }
    return new nodes.String(String(v));
  };
  const file = join(themeRoot, 'source/css/style.styl');
  return stylus(readFileSync(file, 'utf8'))
    .set('filename', file)
    .define('hexo-config', (key) => toNode(setting(key.val)))
    .render();
}

let style;
/** The theme file for a request path, or null: `{ type, body }`. */
export async function themeFile(pathname) {
  if (pathname === '/css/style.css') {
    style ??= compileStyle();
    return { type: 'text/css', body: style };
  }
  if (!SERVED.test(pathname)) return null;
  const file = normalize(join(themeRoot, 'source', pathname));
  if (!file.startsWith(join(themeRoot, 'source'))) return null;
  try {
    return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return null;
  }
}
