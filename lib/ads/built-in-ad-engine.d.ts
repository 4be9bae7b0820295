/** Made when the code is bundled from lib/ads/filters/*.txt (scripts/built-in-ad-engine.mjs). */
declare module 'virtual:built-in-ad-engine' {
  /** Ghostery's FiltersEngine over the built-in lists, serialized, base64. */
  export const serializedEngine: string;
  /** Classes and ids the lists' simple `##.class` / `###id` filters are keyed by. */
  export const listedClasses: string[];
  export const listedIds: string[];
  /** Whether a hiding filter of the lists looks at links' href. */
  export const keyedByHref: boolean;
  /** The hosts of the lists' `||host` filters and their other blocking network filters (lib/ads/url-keys.ts). */
  export const builtInUrlKeys: { hosts: string[]; others: string[] };
  /** The lists' text (the bench compares parsing it with loading the engine). */
  export const listText: string;
}
