import { CosmeticFilter, NetworkFilter, parseFilter } from '@ghostery/adblocker';

/**
 * What a list's filters are keyed by, as the engine itself sorts them: the classes and ids of its simple
 * generic hiding filters (`##.name`, `###name`: the engine returns them only for a page holding that class
 * or id), whether one is keyed by a link (`##a[href^="…"]`: then the page's links must be read), and which
 * URLs its network filters can take (the hosts of its `||host` filters, and the lines of its other blocking
 * filters). Read here for "My filters"; the bundler reads the built-in lists the same way
 * (scripts/built-in-ad-engine.mjs; tests/unit/url-keys.test.ts keeps the two in step).
 */
export interface ListKeys {
  classes: string[];
  ids: string[];
  keyedByHref: boolean;
  hosts: string[];
  others: string[];
}

/** A plain host name: the anchor Ghostery matches at whole labels of a URL's host. */
const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** The class or id a selector opens with (`.name`, `.name[attr]`, `#name > x`): what the engine indexes it by. */
const leadingName = (selector: string) => /^[.#]([\w-]+)/.exec(selector)?.[1] ?? '';

export function filterKeys(text: string): ListKeys {
  const keys: ListKeys = { classes: [], ids: [], keyedByHref: false, hosts: [], others: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('!')) continue;
    const filter = parseFilter(line);
    if (filter instanceof CosmeticFilter) {
      if (filter.isUnhide() || !filter.isGenericHide()) continue;
      if (filter.isClassSelector()) keys.classes.push(leadingName(filter.getSelector()));
      else if (filter.isIdSelector()) keys.ids.push(leadingName(filter.getSelector()));
      else if (filter.isHrefSelector()) keys.keyedByHref = true;
    } else if (filter instanceof NetworkFilter && !filter.isException()) {
      // An exception (`@@`) takes no URL by itself: the engine's full match applies it.
      const host = filter.isHostnameAnchor() ? filter.getHostname() : '';
      if (PLAIN_HOST.test(host) && !filter.filter?.startsWith('*')) keys.hosts.push(host);
      else keys.others.push(line);
    }
  }
  return keys;
}
