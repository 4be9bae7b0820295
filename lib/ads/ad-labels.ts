/**
 * Words a site prints above an ad box, in the languages Fixlist reads. A box whose only words are one of
 * these (once the ads inside it are counted out) is an ad box, whoever's ad it held. Compared lower-case,
 * without the dashes, brackets and colons sites put around them.
 */
export const adLabels = [
  // en
  'advertisement',
  'advertisements',
  'advertising',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'sponsored links',
  'paid content',
  'promoted',
  // es
  'publicidad',
  'anuncio',
  'patrocinado',
  // pt
  'publicidade',
  'anúncio',
  'patrocinado',
  // id
  'iklan',
  'advertorial',
  // hi
  'विज्ञापन',
  // bn
  'বিজ্ঞাপন',
  // de
  'anzeige',
  'werbung',
  'gesponsert',
  // it
  'pubblicità',
  'sponsorizzato',
  // fr
  'publicité',
  'sponsorisé',
  // tr
  'reklam',
  'sponsorlu',
  // ru
  'реклама',
  // ar
  'إعلان',
  'اعلان',
  // ja
  '広告',
  'スポンサーリンク',
  'pr',
  // zh
  '广告',
  '廣告',
  '赞助',
  // vi
  'quảng cáo',
] as const;
