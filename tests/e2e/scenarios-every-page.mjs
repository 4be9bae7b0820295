// The every-page cost, end to end: an ordinary page runs nothing of Fixlist's (no script, no
// observer, no listener), from its load through what it does all day; a title or address that names
// WhatsApp brings the first look, noticed by the background. Seen in a DevTools trace of the renderer
// (Chromium; Firefox has no trace over BiDi, its single-page and late-render scenarios run in both).
import { sleep } from './browsers.mjs';
import { assertEqual } from './scenarios.mjs';

/** Renderer events attributed to the extension's scripts (evaluation, callbacks) while `action` runs. */
async function extensionScriptsDuring(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8'] } });
  await action();
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The trace holds the whole browser: keep the page's renderer (not the extension's own pages).
  const pids = new Set(events.filter((e) => e.args?.data?.frame === frameId).map((e) => e.pid));
  const scripts = events
    .filter((e) => pids.has(e.pid) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'))
    .map((e) => e.args?.data?.url ?? '')
    .filter((url) => url.startsWith('chrome-extension:'))
    .map((url) => new URL(url).pathname);
  return [...new Set(scripts)];
}

export const everyPageScenarios = [
  {
    name: 'an ordinary page runs nothing of Fixlist, whatever it does, until its title names WhatsApp (trace)',
    browsers: ['chromium'],
    async run(b, server) {
      const page = await b.context.newPage();
      const atLoad = await extensionScriptsDuring(page, async () => {
        await page.goto(server.url('readability-nytimes-1'), { waitUntil: 'load' });
        await sleep(1000); // document_idle has come and gone
      });
      assertEqual(atLoad, [], 'scripts of the extension that ran while a news page loaded');
      const allDay = await extensionScriptsDuring(page, async () => {
        await page.evaluate(async () => {
          // What pages do all day: grow the body, fire events, run timers, touch <head>, retitle, navigate.
          for (let i = 0; i < 10; i++) {
            const box = document.createElement('div');
            box.textContent = `late comment ${i}`;
            document.body.append(box);
            window.dispatchEvent(new Event('scroll'));
            window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'first-look' }, '*');
            document.dispatchEvent(new MouseEvent('click', { bubbles: true }));
            document.head.append(document.createElement('script'));
            await new Promise((r) => setTimeout(r, 50));
          }
          history.pushState({}, '', '/world/europe/another-story.html');
          document.title = 'Another story from the news desk';
        });
        await sleep(1000);
      });
      assertEqual(allDay, [], 'scripts of the extension that ran while the page changed and navigated');
      const named = await extensionScriptsDuring(page, async () => {
        await page.evaluate(() => {
          history.pushState({}, '', '/technology/whatsapp-status-ideas.html');
          document.title = 'Ten WhatsApp status ideas for the weekend';
        });
        await sleep(1500);
      });
      // The first look glanced (WhatsApp, but nothing about backups here): the guide script stayed away.
      assertEqual(named, ['/first-look.js'], 'scripts of the extension after a navigation to a WhatsApp title');
      await page.close();
    },
  },
];
