import { Readability } from '@mozilla/readability';
import { cleanText, normalizeText } from './text';

/**
 * Readability's opinion of which headings in `container` are article content: it drops link-dense,
 * hidden and ad- or comment-classed blocks. Works on a copy of the container only (not the whole page),
 * which keeps it a fraction of a full parse. Null when Readability finds no article there.
 */
export function readableHeadingTexts(container: Element): Set<string> | null {
  const doc = container.ownerDocument.implementation.createHTMLDocument('');
  doc.body.append(doc.importNode(container, true));
  const article = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    charThreshold: 200,
  }).parse();
  if (!article?.content) return null;
  const texts = new Set<string>();
  for (const el of article.content.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, strong, b')) {
    texts.add(normalizeText(cleanText(el.textContent)));
  }
  return texts;
}
