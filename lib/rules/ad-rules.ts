/**
 * What Fixlist knows about ads, as data. To teach it a new ad network or ad markup, add a line here
 * and a fixture page under tests/fixtures/pages/ that shows it.
 */
export const adRules = {
  /** Comment pairs that wrap an injected ad block: everything between them goes. */
  commentBlocks: [{ begin: /^\s*affiliate ads begin\s*$/i, end: /^\s*affiliate ads end\s*$/i }],

  /** Elements that are ads wherever they stand. */
  selectors: [
    'ins.adsbygoogle',
    '.text-ad-content',
    '.adsbygoogle',
    'iframe[id^="google_ads_iframe"]',
    '[id^="div-gpt-ad"]',
    'amp-ad',
  ],

  /**
   * Affiliate and ad-network URLs (links, images, iframes, tracking pixels). An element pointing at one
   * is an ad, and so is the smallest box around it that holds nothing else.
   */
  urlPatterns: [
    // 2checkout / Avangate affiliate links: checkout, cart and affiliate.php redirects.
    /\/(?:order\/(?:checkout|cart)|affiliate)\.php\?[^#]*\bAFFILIATE=/i,
    /\/\/(?:secure\.)?avangate\.com\/images\/merchant\//i,
    // impact.com: tracked links /c/<publisher>/<ad>/<campaign>, pixels /i/…, and its ad hosts.
    /\/\/[^/]+\/[ci]\/\d+\/\d+\/\d+(?:[/?#]|$)/i,
    /\/\/(?:[\w-]+\.)*(?:pxf\.io|sjv\.io|7eer\.net|evyy\.net|ojrq\.net)\//i,
    /\/\/(?:[\w-]+\.)*impactradius-go\.com\//i,
    // CJ (Commission Junction) link hosts.
    /\/\/(?:[\w-]+\.)*(?:anrdoezrs\.net|dpbolvw\.net|jdoqocy\.com|kqzyfj\.com|tkqlhce\.com)\//i,
    // Google ad serving.
    /\/\/(?:[\w-]+\.)*(?:googlesyndication\.com|doubleclick\.net|googleadservices\.com)\//i,
    // Amazon associate links.
    /\/\/(?:www\.)?amazon\.[a-z.]+\/[^#]*[?&]tag=[\w-]+-\d\d\b/i,
    // Affiliate banner image folders.
    /\/affiliate\/[^?#]*banner/i,
  ],

  /** Labels that introduce a link farm: the label and the list after it go. */
  linkFarmLabels: [/^\s*also read\s*:?\s*$/i, /^\s*you may also like\s*:?\s*$/i, /^\s*related posts?\s*:?\s*$/i],

  /** Attributes that carry an element's URL (lazy loaders keep the real one in data-src). */
  urlAttributes: ['href', 'src', 'data-src', 'data-lazy-src', 'srcset'],
} as const;
