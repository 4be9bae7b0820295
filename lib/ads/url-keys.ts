import { NetworkFilter, parseFilter, type Request } from '@ghostery/adblocker';

/**
 * Which URLs a list's network filters can take at all: those on a host that a `||host^` filter names (or
 * under it), and those that one of its few other filters (paths, regular expressions) matches. A URL that
 * is neither is no ad, and the engine's full match (a few microseconds a URL, hundreds on a page) is spared.
 */
export interface UrlKeys {
  hosts: ReadonlySet<string>;
  others: readonly NetworkFilter[];
}

/** A plain host name: the anchor Ghostery matches at whole labels of a URL's host. */
const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * The hosts of the `||host` filters and the raw lines of every other blocking network filter in `text`.
 * An exception (`@@`) takes no URL by itself: the full match applies it. The bundler reads the built-in
 * lists the same way (scripts/built-in-ad-engine.mjs; tests/unit/url-keys.test.ts keeps the two in step).
 */
export function urlKeysOf(text: string): { hosts: string[]; others: string[] } {
  const hosts: string[] = [];
  const others: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('!')) continue;
    const filter = parseFilter(line);
    if (!(filter instanceof NetworkFilter) || filter.isException()) continue;
    const host = filter.isHostnameAnchor() ? filter.getHostname() : '';
    if (PLAIN_HOST.test(host) && !filter.filter?.startsWith('*')) hosts.push(host);
    else others.push(line);
  }
  return { hosts, others };
}

export function urlKeys(lists: { hosts: string[]; others: string[] }[]): UrlKeys {
  const others: NetworkFilter[] = [];
  for (const list of lists) {
    for (const line of list.others) {
      const filter = NetworkFilter.parse(line);
      if (filter) others.push(filter);
    }
  }
  return { hosts: new Set(lists.flatMap((list) => list.hosts)), others };
}

/** Does some run of whole labels of `hostname` ("a.b.c": a.b.c, a.b, b.c, a, b, c) name a listed host? */
function onListedHost(keys: UrlKeys, hostname: string): boolean {
  const labels = hostname.split('.');
  for (let start = 0; start < labels.length; start++) {
    let run = labels[start] ?? '';
    if (keys.hosts.has(run)) return true;
    for (let end = start + 1; end < labels.length; end++) {
      run += `.${labels[end]}`;
      if (keys.hosts.has(run)) return true;
    }
  }
  return false;
}

/**
 * Can the pattern of `filter` (one of the others) match `url`, whatever its options? A cheap necessary test:
 * the request that the full test needs costs more than the pattern.
 */
function patternMayMatch(filter: NetworkFilter, url: string): boolean {
  // Matched from the host on: the full test decides.
  if (filter.isHostnameAnchor()) return true;
  if (filter.isRegex()) return filter.getRegex().test(url);
  return url.toLowerCase().includes(filter.getFilter().toLowerCase());
}

/** Could a network filter take this URL? `request` is made only when neither the host nor a pattern rules it out. */
export function mayBeAdUrl(keys: UrlKeys, url: string, hostname: string, request: () => Request): boolean {
  if (onListedHost(keys, hostname)) return true;
  return keys.others.some((filter) => patternMayMatch(filter, url) && filter.match(request()));
}
