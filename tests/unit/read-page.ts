/** Reads a page made of an article's real text the way the extension does: one outline, then verdict and guide. */
import { Window } from 'happy-dom';
import { detectHelpPage } from '@/lib/detect/detect-help-page';
import { extractGuide } from '@/lib/extract/extract-guide';
import { buildOutline } from '@/lib/outline/build-outline';

/** A site's header, sidebar and footer around its article: what every real page has besides the article. */
export const chrome = (main: string) => `
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/apps">Apps</a></li></ul></nav></header>
  ${main}
  <aside class="sidebar"><h3>Popular</h3><ol><li><a href="/a">WhatsApp tips</a></li><li><a href="/b">Backup</a></li></ol></aside>
  <footer><p>© 2026</p></footer>`;

/**
 * The page as a tab holds it, read once: the structure found, the verdict, the fixes and their step counts.
 * `wrap` lays the article (its h1 first) into the site's template: the whole body.
 */
export function read(title: string, article: string, wrap = (a: string) => chrome(`<article>${a}</article>`)) {
  const window = new Window({ url: 'http://127.0.0.1/post' });
  const doc = window.document as unknown as Document;
  doc.write(
    `<!doctype html><html><head><title>${title}</title></head><body>${wrap(`<h1>${title}</h1>${article}`)}</body></html>`,
  );
  const outline = buildOutline(doc);
  const verdict = detectHelpPage(outline);
  const guide = extractGuide(outline);
  return {
    structure: outline.fixes?.structure ?? null,
    autoOpen: verdict.autoOpen,
    helpPage: verdict.isHelpPage,
    titles: outline.fixes ? (guide?.fixes.map((f) => f.title) ?? []) : [],
    steps: outline.fixes ? (guide?.fixes.map((f) => f.steps.length) ?? []) : [],
    reasons: verdict.reasons,
  };
}
