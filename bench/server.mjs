// A tiny page server on 127.0.0.1 (never any other address) for the bench's pages.
import http from 'node:http';

/**
 * Serves registered bodies by path. `isolated` pages get COOP/COEP headers: cross-origin isolation
 * gives performance.now() 5 µs resolution instead of 100 µs (and the pages' third-party requests
 * are blocked by the bench anyway).
 */
export async function startServer() {
  const routes = new Map();
  const server = http.createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': route.type, 'cache-control': 'no-store' };
    if (route.isolated) {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    res.writeHead(200, headers).end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Registers `body` at `pathname`; returns its full URL. */
    add(pathname, body, { isolated = false, type = 'text/html; charset=utf-8' } = {}) {
      routes.set(pathname, { body, isolated, type });
      return origin + pathname;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
