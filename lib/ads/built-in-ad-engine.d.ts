/** Made when the code is bundled from lib/ads/filters/*.txt (scripts/built-in-ad-engine.mjs). */
declare module 'virtual:built-in-ad-engine' {
  /** Ghostery's FiltersEngine over the built-in lists, serialized, base64. */
  export const serializedEngine: string;
  /** What the lists' filters are keyed by (lib/ads/filter-keys.ts). */
  export const builtInKeys: import('./filter-keys').ListKeys;
  /** The lists' text (the bench compares parsing it with loading the engine). */
  export const listText: string;
}
