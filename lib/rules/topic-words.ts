import { langWords } from './lang';

/**
 * The vocabulary of WhatsApp-backup help, as data: what a page must talk about. The words of each
 * language are in `lang/<code>.ts`; this adds what is the same everywhere (platforms, product names).
 * Patterns are matched against normalised text (lower case, no accents, no punctuation).
 */
export const topicWords = {
  whatsapp: langWords.whatsapp,
  backup: langWords.backup,
  platforms: [
    { name: 'iCloud', pattern: /\bicloud\b/ },
    { name: 'Google Drive', pattern: /\bgoogle drive\b|\bgdrive\b|\bgoogle one\b|云端硬盘|雲端硬碟/ },
    {
      name: 'local backup',
      pattern: /\blocal backups?\b|\bmsgstore\b|\bcrypt1[2-5]\b|\binternal storage\b|\bsd card\b|\bfile manager\b/,
    },
  ],
  /** Devices fixes are grouped or split by ("On Android", "Para iPhone"), over normalised text. */
  devices: /\b(?:android|iphone|ios|ipad|samsung|xiaomi|huawei|windows|mac|macos|web|desktop|pc)\b|アンドロイド|安卓/,
  /** Words of troubleshooting: something does not work and here is how to fix it. */
  trouble: langWords.trouble,
  /** Instructions to a person at their phone: help pages have them, news and explainers do not. */
  instructions: langWords.instructions,
  /** Product-page and promo copy: a help page rarely says these more than once or twice. */
  promo:
    /\bfree download\b|\bdownload now\b|\bbuy now\b|\btry it free\b|\bfree trial\b|\bsecure download\b|\bpurchase\b|\blicense\b|\bmoney back\b|\bpricing\b|\bper month\b|\bdr ?fone\b|\baiseesoft\b|\btenorshare\b|\bimazing\b|\bwhatssync\b|\bdata recovery\b/,
} as const;
