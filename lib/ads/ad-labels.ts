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
  'advertisement - scroll to continue',
  'story continues below advertisement',
  // es
  'publicidad',
  'anuncio',
  'patrocinado',
  'anuncios',
  'contenido patrocinado',
  'enlaces patrocinados',
  // pt
  'publicidade',
  'anúncio',
  'anúncios',
  'conteúdo patrocinado',
  'patrocinado',
  // id
  'iklan',
  'advertorial',
  'konten bersponsor',
  // hi
  'विज्ञापन',
  'प्रायोजित',
  // bn
  'বিজ্ঞাপন',
  // de
  'anzeige',
  'werbung',
  'gesponsert',
  'anzeigen',
  // it
  'pubblicità',
  'sponsorizzato',
  'annuncio',
  'contenuto sponsorizzato',
  // fr
  'publicité',
  'sponsorisé',
  'annonce',
  'contenu sponsorisé',
  // tr
  'reklam',
  'sponsorlu',
  'reklamlar',
  'sponsorlu içerik',
  // ru
  'реклама',
  'на правах рекламы',
  // ar
  'إعلان',
  'اعلان',
  'إعلانات',
  'اعلانات',
  'محتوى مدعوم',
  // ja
  '広告',
  'スポンサーリンク',
  'スポンサードリンク',
  'pr',
  // zh
  '广告',
  '廣告',
  '赞助',
  '贊助',
  '推广',
  // vi
  'quảng cáo',
  'nội dung tài trợ',
] as const;
