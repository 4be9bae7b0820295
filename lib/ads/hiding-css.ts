import type { AdEngine } from './ad-engine';
import { tokensOf } from './page-tokens';

/** A selector whose subject is a link: a link may sit in a sentence, so only the strip step judges it. */
const LINK_SUBJECT = /(?:^|[\s>+~])a(?:[.#[:][^\s>+~]*)?$/;

/**
 * The stylesheet that hides this page's ads, late ones included, before any script runs: one rule per
 * selector (a selector one browser rejects cannot void the others), minus those that matched something
 * kept here (article content) and those that pick links.
 */
export function hidingCss(engine: AdEngine, doc: Document, keptSelectors: string[]): string {
  const kept = new Set(keptSelectors);
  // Every listed class and id is in the stylesheet whether the page holds it yet or not: of the page's own
  // tokens only its links can add a filter.
  const url = doc.location.href;
  const hrefs = engine.keys.links ? tokensOf(doc, url, { classes: [], ids: [], links: true }).hrefs : [];
  return engine
    .allSelectorsFor({ url, classes: [], ids: [], hrefs })
    .filter((sel) => !kept.has(sel) && !LINK_SUBJECT.test(sel.replace(/\[[^\]]*\]/g, '[]')))
    .map((sel) => `${sel} { display: none !important; }`)
    .join('\n');
}
