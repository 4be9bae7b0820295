import { builtInKeys, serializedEngine } from 'virtual:built-in-ad-engine';
import { FiltersEngine, parseFilters, Request } from '@ghostery/adblocker';
import { filterKeys } from './filter-keys';
import type { FilterKeys } from './page-tokens';
import { parse } from './site-domain';
import { mayBeAdUrl, urlKeys } from './url-keys';

/** What the engine needs of a page (or of the part of it that just changed). */
export interface PageTokens {
  url: string;
  classes: string[];
  ids: string[];
  hrefs: string[];
}

/** How a URL is used: decides which `$image`, `$subdocument`, `$script` options apply. */
export type UrlKind = 'image' | 'sub_frame' | 'script' | 'other';

export interface AdEngine {
  /** The hiding selectors that apply on this page, given the classes, ids and links it holds. */
  selectorsFor(page: PageTokens): string[];
  /**
   * Every hiding selector that can apply on this page, including those keyed to classes and ids the page
   * does not hold yet: the stylesheet that hides late ads before any script sees them.
   */
  allSelectorsFor(page: PageTokens): string[];
  /** The classes and ids the hiding filters are keyed by, and whether links count: what to read of a page. */
  keys: FilterKeys;
  /** Does a network filter (`||host^`, `/regex/`, `$domain=`) take this URL, as used on `pageUrl`? */
  isAdUrl(url: string, kind: UrlKind, pageUrl: string): boolean;
}

/** `getCosmeticsFilters` answers with a stylesheet: `sel,\nsel { display: none !important; }` blocks. */
function selectorsOfStylesheet(css: string): string[] {
  const out: string[] = [];
  for (const block of css.matchAll(/([^{}]+)\{[^}]*\}/g)) {
    for (const sel of (block[1] ?? '').split(',\n')) if (sel.trim()) out.push(sel.trim());
  }
  return out;
}

/**
 * Ghostery's adblocker engine over Fixlist's lists plus the person's own filters. The lists come prebuilt
 * (serialized when the code is bundled); "My filters", when there are any, are parsed here and added to
 * the same engine, so their exceptions (`#@#`, `@@`) apply to the built-in filters too.
 */
export function createAdEngine(extraFilters = ''): AdEngine {
  const engine = FiltersEngine.deserialize(Uint8Array.from(atob(serializedEngine), (c) => c.charCodeAt(0)));
  const mine = filterKeys(extraFilters);
  if (extraFilters.trim()) {
    const { networkFilters, cosmeticFilters } = parseFilters(extraFilters, engine.config);
    engine.update({ newNetworkFilters: networkFilters, newCosmeticFilters: cosmeticFilters });
  }
  const listed = {
    classes: [...new Set([...builtInKeys.classes, ...mine.classes])],
    ids: [...new Set([...builtInKeys.ids, ...mine.ids])],
  };
  const byHref = builtInKeys.keyedByHref || mine.keyedByHref;
  const requests = new Map<string, boolean>();
  const byUrl = urlKeys([builtInKeys, mine]);
  // Requests come from one page: its address is read once.
  let source = { url: '', hostname: '', domain: '' };
  const selectorsFor = ({ url, classes, ids, hrefs }: PageTokens): string[] => {
    const { hostname, domain } = parse(url);
    const { styles } = engine.getCosmeticsFilters({
      url,
      hostname,
      domain,
      classes,
      ids,
      hrefs: byHref ? hrefs : [],
      getBaseRules: true,
      getInjectionRules: false,
      getExtendedRules: false,
    });
    return selectorsOfStylesheet(styles);
  };
  return {
    selectorsFor,
    keys: { classes: listed.classes, ids: listed.ids, links: byHref },
    allSelectorsFor: (page) =>
      selectorsFor({
        ...page,
        classes: [...new Set([...page.classes, ...listed.classes])],
        ids: [...new Set([...page.ids, ...listed.ids])],
      }),
    isAdUrl(url, kind, pageUrl) {
      if (!/^(?:https?:)?\/\//i.test(url)) return false;
      const key = `${kind} ${url} ${pageUrl}`;
      let hit = requests.get(key);
      if (hit === undefined) {
        const absolute = url.startsWith('//') ? `https:${url}` : url;
        const target = parse(absolute);
        if (source.url !== pageUrl) source = { url: pageUrl, ...parse(pageUrl) };
        let request: Request | undefined;
        const requestFor = () =>
          (request ??= Request.fromRawDetails({
            url: absolute,
            hostname: target.hostname,
            domain: target.domain,
            sourceUrl: pageUrl,
            sourceHostname: source.hostname,
            sourceDomain: source.domain,
            type: kind,
          }));
        hit = mayBeAdUrl(byUrl, absolute, target.hostname, requestFor) && engine.match(requestFor()).match;
        requests.set(key, hit);
      }
      return hit;
    },
  };
}

let builtIn: AdEngine | null = null;

/** The engine over Fixlist's own lists only, built once per script. */
export function builtInAdEngine(): AdEngine {
  builtIn ??= createAdEngine();
  return builtIn;
}
