import sampleHtml from '@/assets/sample/whatsapp-icloud-article.html?raw';
import { runPipeline } from '@/lib/pipeline';
import type { Guide } from '@/lib/types';

/** Nothing in the sample may load from the network or run: the welcome page makes no request. */
const INERT = 'script, style, link, iframe, img, picture, video, audio, source, object, embed, form, svg, noscript';

/**
 * The bundled sample article, run through the real pipeline (ads found and removed, fixes extracted),
 * then made inert and adopted into this page so the guide's anchors scroll to its headings.
 */
export function loadSampleArticle(into: Document): { article: Element; guide: Guide | null; adsRemoved: number } {
  const doc = new DOMParser().parseFromString(sampleHtml, 'text/html');
  const { guide, adsRemoved } = runPipeline(doc, { force: true });
  const article = doc.querySelector('.article-content') ?? doc.body;
  for (const el of article.querySelectorAll(INERT)) el.remove();
  for (const el of [article, ...article.querySelectorAll('*')]) {
    for (const { name } of [...el.attributes]) if (name !== 'href' && name !== 'id') el.removeAttribute(name);
    if (el instanceof HTMLAnchorElement) {
      el.target = '_blank';
      el.rel = 'noopener noreferrer';
      if (!/^https?:/i.test(el.getAttribute('href') ?? '')) el.removeAttribute('href');
    }
  }
  return { article: into.adoptNode(article), guide, adsRemoved };
}
