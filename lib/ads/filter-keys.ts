/**
 * What a list's hiding filters are keyed by, for filters parsed at runtime ("My filters"). The built-in
 * lists' keys are found the same way when the code is bundled (scripts/built-in-ad-engine.mjs).
 */
export function filterKeys(filters: string) {
  const classes: string[] = [];
  const ids: string[] = [];
  // The class or id a hiding filter starts with: what the engine indexes it by (`.name`, `.name[attr]`,
  // `#name > x`); a few more (exceptions) do no harm.
  for (const m of filters.matchAll(/^[^!\n]*##([.#])([\w-]+)/gm)) (m[1] === '.' ? classes : ids).push(m[2] ?? '');
  // Hashing every link of a page costs more than the rest of the lookup: only when a filter is keyed by href.
  return { classes, ids, keyedByHref: /##[^\n]*\[href/.test(filters) };
}
