// The every-page script, end to end: on a page that fails its first look, nothing of Fixlist runs
// again whatever the page does (its scripts, events, timers, body changes), until the address or the
// title changes; seen in a DevTools trace of the renderer (Chromium: Firefox has no trace over BiDi).
import { sleep } from './browsers.mjs';
import { assert, assertEqual } from './scenarios.mjs';

/** Renderer events attributed to an extension's scripts (evaluation, callbacks), between two points. */
async function extensionEventsDuring(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8'] } });
  await action();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events.filter((e) => /^chrome-extension:/.test(e.args?.data?.url ?? e.args?.fileName ?? ''));
}

export const everyPageScenarios = [
  {
    name: 'a page that fails the first look keeps nothing running but the navigation noticer (trace)',
    browsers: ['chromium'],
    async run(b, server) {
      const page = await b.open(server.url('readability-nytimes-1'));
      await sleep(1000); // document_idle has come and gone: the first look has run
      const busy = await extensionEventsDuring(page, async () => {
        await page.evaluate(async () => {
          // What pages do all day: grow the body, fire events, run timers, touch <head> without navigating.
          for (let i = 0; i < 20; i++) {
            const box = document.createElement('div');
            box.textContent = `late comment ${i}`;
            document.body.append(box);
            window.dispatchEvent(new Event('scroll'));
            window.dispatchEvent(new Event('resize'));
            window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'first-look' }, '*');
            document.dispatchEvent(new MouseEvent('click', { bubbles: true }));
            document.head.append(document.createElement('script'));
            await new Promise((r) => setTimeout(r, 50));
          }
        });
        await sleep(500);
      });
      assertEqual(
        busy.map((e) => e.name),
        [],
        'no extension code ran while the page changed its body, fired events and touched <head>',
      );
      const navigated = await extensionEventsDuring(page, async () => {
        await page.evaluate(() => {
          history.pushState({}, '', '/elsewhere');
          document.title = 'Another story';
        });
        await sleep(500);
      });
      assert(
        navigated.some((e) => e.name === 'FunctionCall'),
        `a single-page navigation is noticed (extension events: ${navigated.map((e) => e.name).join(', ') || 'none'})`,
      );
      await page.close();
    },
  },
];
