// Serves fixture pages on 127.0.0.1 only: /pages/<slug>/ -> tests/fixtures/pages/<slug>/page.html;
// /e2e/<name>.html -> tests/e2e/pages/<name>.html; /demo/ -> the demo page, a real seed article
// (affiliate ads and all); /attack/<name>/<slug>/ -> the fixture page with tests/e2e/pages/attack-<name>.html
// (a hostile page's script, CSS or CSP) put first in its <head>. Everything else is 404.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_SLUG = 'seed-000';

function fileFor(pathname) {
  const page = /^\/pages\/([\w.-]+)\/$/.exec(pathname);
  if (page) return `${root}tests/fixtures/pages/${page[1]}/page.html`;
  // Pages only the end-to-end tests need (late rendering, single-page navigation).
  const e2e = /^\/e2e\/([\w-]+)\.html$/.exec(pathname);
  if (e2e) return `${root}tests/e2e/pages/${e2e[1]}.html`;
  if (pathname === '/demo/' || pathname === '/') return `${root}tests/fixtures/pages/${DEMO_SLUG}/page.html`;
  return null;
}

/** A real page made hostile: the attack's markup right after <head>, before anything of the page's own. */
async function attackPage(pathname) {
  const m = /^\/attack\/([\w-]+)\/([\w.-]+)\/$/.exec(pathname);
  if (!m) return null;
  const [attack, page] = await Promise.all([
    readFile(`${root}tests/e2e/pages/attack-${m[1]}.html`, 'utf8'),
    readFile(`${root}tests/fixtures/pages/${m[2]}/page.html`, 'utf8'),
  ]);
  return page.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n${attack}`);
}

/** `theme`: also serve the seed pages' site theme (demo-theme.mjs), for the demo and store screenshots. */
export async function startServer(port = 0, { theme = false } = {}) {
  const themeFile = theme ? (await import('./demo-theme.mjs')).themeFile : async () => null;
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const asset = await themeFile(pathname).catch(() => null);
    if (asset) {
      res.writeHead(200, { 'content-type': asset.type });
      res.end(asset.body);
      return;
    }
    const file = fileFor(pathname);
    try {
      const body = pathname.startsWith('/attack/') ? await attackPage(pathname) : file && (await readFile(file));
      if (!body) throw new Error('not found');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    origin: `http://127.0.0.1:${actual}`,
    url: (slug) => `http://127.0.0.1:${actual}/pages/${slug}/`,
    e2eUrl: (name) => `http://127.0.0.1:${actual}/e2e/${name}.html`,
    demoUrl: `http://127.0.0.1:${actual}/demo/`,
    attackUrl: (attack, slug) => `http://127.0.0.1:${actual}/attack/${attack}/${slug}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
