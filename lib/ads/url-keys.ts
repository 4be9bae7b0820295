import { NetworkFilter, type Request } from '@ghostery/adblocker';

/**
 * Which URLs a list's network filters can take at all: those on a host that a `||host^` filter names (or
 * under it), and those that one of its few other filters (paths, regular expressions) matches. A URL that
 * is neither is no ad, and the engine's full match (a few microseconds a URL, hundreds on a page) is spared.
 */
export interface UrlKeys {
  hosts: ReadonlySet<string>;
  others: readonly NetworkFilter[];
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
function patternMayMatch(filter: NetworkFilter, url: string, hostname: string): boolean {
  // `||host/path`: only on a host holding that name (the engine's own first test, loosened); the full test decides.
  if (filter.isHostnameAnchor()) return hostname.includes(filter.hostname ?? '');
  if (filter.isRegex()) return filter.getRegex().test(url);
  return url.toLowerCase().includes(filter.getFilter().toLowerCase());
}

/** Could a network filter take this URL? `request` is made only when neither the host nor a pattern rules it out. */
export function mayBeAdUrl(keys: UrlKeys, url: string, hostname: string, request: () => Request): boolean {
  if (onListedHost(keys, hostname)) return true;
  return keys.others.some((filter) => patternMayMatch(filter, url, hostname) && filter.match(request()));
}
