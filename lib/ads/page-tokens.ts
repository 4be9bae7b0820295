import type { PageTokens } from './ad-engine';

/** Everything the page says about its ads that the engine indexes: classes, ids and links. */
export function tokensOf(root: ParentNode, url: string): PageTokens {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  for (const el of root.querySelectorAll('[class], [id], a[href]')) {
    for (const c of el.classList) classes.add(c);
    if (el.id) ids.add(el.id);
    const href = el.tagName === 'A' ? el.getAttribute('href') : null;
    if (href) hrefs.add(href);
  }
  return { url, classes: [...classes], ids: [...ids], hrefs: [...hrefs] };
}
