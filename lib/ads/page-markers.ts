/** Ad markup that is not a filter: comment-wrapped blocks and "Also read" link farms, as data. */
export const pageMarkers = {
  /** Comment pairs that wrap an injected ad block: everything between them goes. */
  commentBlocks: [{ begin: /^\s*affiliate ads begin\s*$/i, end: /^\s*affiliate ads end\s*$/i }],
  /** Labels that introduce a link farm: the label and the list after it go. */
  linkFarmLabels: [/^\s*also read\s*:?\s*$/i, /^\s*you may also like\s*:?\s*$/i, /^\s*related posts?\s*:?\s*$/i],
  /** Attributes that carry an element's URL (lazy loaders keep the real one in data-src). */
  urlAttributes: ['href', 'src', 'data-src', 'data-lazy-src', 'srcset'],
} as const;
