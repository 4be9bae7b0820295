/**
 * Host name and registrable domain ("site") of a URL, for matching filters' `||host^`, `$domain=` and
 * `$third-party`. The engine would use tldts (the whole public-suffix list, ~100 KB); Fixlist passes these
 * itself, and the build points tldts at this file, so the guide script does not carry the list.
 */

/** Two-label public suffixes where sites in the markets Fixlist reads register (example.co.uk, example.com.br). */
const TWO_LABEL_SUFFIXES = new Set(
  [
    'co.uk org.uk ac.uk gov.uk me.uk',
    'com.br net.br org.br gov.br blog.br',
    'co.id or.id web.id ac.id go.id my.id',
    'co.in net.in org.in gov.in ac.in',
    'co.jp ne.jp or.jp ac.jp go.jp',
    'com.cn net.cn org.cn gov.cn com.hk com.tw',
    'com.tr net.tr org.tr gov.tr',
    'com.ru net.ru org.ru',
    'com.vn net.vn edu.vn',
    'com.mx com.ar com.co com.pe com.es',
    'com.au net.au org.au co.nz',
    'co.kr com.my com.sg com.ph co.th co.za com.sa com.eg com.bd com.pk',
    'blogspot.com github.io',
  ]
    .join(' ')
    .split(' '),
);

export function siteOf(hostname: string): string {
  if (/^[\d.]+$|:/.test(hostname)) return hostname;
  const labels = hostname.split('.');
  const keep = labels.length > 2 && TWO_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function hostnameOf(url: string): string {
  const m = /^(?:[a-z][\w+.-]*:)?\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  return (m?.[1] ?? url).toLowerCase().replace(/\.$/, '');
}

/** The shape of tldts' `parse`, for the build alias (see wxt.config.ts). */
export function parse(url: string): { hostname: string; domain: string } {
  const hostname = hostnameOf(url);
  return { hostname, domain: siteOf(hostname) };
}
