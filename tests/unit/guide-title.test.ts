import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { buildOutline } from '@/lib/outline/build-outline';

function titleOf(html: string, tabTitle: string): string {
  const window = new Window({ url: 'http://127.0.0.1/post' });
  const doc = window.document as unknown as Document;
  doc.write(`<!doctype html><html><head><title>${tabTitle}</title></head><body>${html}</body></html>`);
  return buildOutline(doc).title;
}

const fixes = '<h2>1. Check your connection</h2><p>Open a page.</p><h2>2. Free up space</h2><p>Delete videos.</p>';

test("the guide is named by the post's h1, also where the theme puts it in an entry <header>", () => {
  const html = `<header class="site-header"><h1 class="logo">Visual Foodie</h1></header>
    <article><header class="entry-header"><h1>Troubleshooting a Failed WhatsApp Chat Backup</h1></header>${fixes}</article>`;
  expect(titleOf(html, 'Troubleshooting a Failed WhatsApp Chat Backup - Visual Foodie')).toBe(
    'Troubleshooting a Failed WhatsApp Chat Backup',
  );
});

test('a logo h1 that shares no words with the tab title does not name the guide', () => {
  const html = `<header class="site-header"><h1 class="logo">Visual Foodie</h1></header><article>${fixes}</article>`;
  expect(titleOf(html, 'WhatsApp backup stuck? Here is the fix')).toBe('WhatsApp backup stuck? Here is the fix');
});
