import { FiltersEngine, Request } from '@ghostery/adblocker';
import { builtInFilters } from './filter-lists';
import { parse } from './site-domain';

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

/** The classes and ids that the engine indexes its simple `##.class` and `###id` filters by. */
function listedKeys(filters: string) {
  const classes: string[] = [];
  const ids: string[] = [];
  for (const m of filters.matchAll(/^[^!\n]*##([.#])([\w-]+)\s*$/gm)) (m[1] === '.' ? classes : ids).push(m[2] ?? '');
  return { classes, ids };
}

/** A selector the browser rejects would void every other one joined with it: drop it instead. */
function validSelector(sel: string): boolean {
  try {
    globalThis.document?.createDocumentFragment().querySelector(sel);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ghostery's adblocker engine over Fixlist's lists plus the person's own filters. Parsed at load (a few ms,
 * measured by `npm run bench`), so "My filters" joins the same engine with no second code path.
 */
export function createAdEngine(extraFilters = ''): AdEngine {
  const engine = FiltersEngine.parse(`${builtInFilters}\n${extraFilters}`, {
    loadCosmeticFilters: true,
    loadNetworkFilters: true,
    loadGenericCosmeticsFilters: true,
    loadExtendedSelectors: false,
    enableHtmlFiltering: false,
  });
  const valid = new Map<string, boolean>();
  const listed = listedKeys(`${builtInFilters}\n${extraFilters}`);
  // Hashing every link of a page costs more than the rest of the lookup: only when a filter is keyed by href.
  const keyedByHref = /##[^\n]*\[href/.test(`${builtInFilters}\n${extraFilters}`);
  const requests = new Map<string, boolean>();
  const selectorsFor = ({ url, classes, ids, hrefs }: PageTokens): string[] => {
    const { hostname, domain } = parse(url);
    const { styles } = engine.getCosmeticsFilters({
      url,
      hostname,
      domain,
      classes,
      ids,
      hrefs: keyedByHref ? hrefs : [],
      getBaseRules: true,
      getInjectionRules: false,
      getExtendedRules: false,
    });
    return selectorsOfStylesheet(styles).filter((sel) => {
      if (!valid.has(sel)) valid.set(sel, validSelector(sel));
      return valid.get(sel) === true;
    });
  };
  return {
    selectorsFor,
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
        const source = parse(pageUrl);
        const request = Request.fromRawDetails({
          url: absolute,
          hostname: target.hostname,
          domain: target.domain,
          sourceUrl: pageUrl,
          sourceHostname: source.hostname,
          sourceDomain: source.domain,
          type: kind,
        });
        hit = engine.match(request).match;
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
