import type { PageTokens } from './ad-engine';

/** Everything the page says about its ads that the engine indexes: classes, ids and links. */
export function tokensOf(root: ParentNode, url: string): PageTokens {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  // Attribute strings, not classList: on a 40k-element page the token lists cost five times more.
  for (const el of (root as Element | Document).getElementsByTagName('*')) {
    const names = el.getAttribute('class');
    if (names) for (const name of names.split(/\s+/)) if (name) classes.add(name);
    const id = el.getAttribute('id');
    if (id) ids.add(id);
    if (el.tagName === 'A') {
      const href = el.getAttribute('href');
      if (href) hrefs.add(href);
    }
  }
  return { url, classes: [...classes], ids: [...ids], hrefs: [...hrefs] };
}
