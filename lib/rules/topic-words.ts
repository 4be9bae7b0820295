/**
 * The vocabulary of WhatsApp-backup help, as data: what a page must talk about, in the languages the
 * corpus holds. Patterns are matched against normalised text (lower case, no accents, no punctuation).
 */
export const topicWords = {
  whatsapp: /\bwhats ?app\b|\bwa business\b/,
  /** "backend" and "back to" must not count: only the backup sense. */
  backup:
    /\bback(?:ing|ed|s)? ?ups?\b|\bcopias? de seguridad\b|\brespaldos?\b|\bsauvegardes?\b|\bsicherung(?:en|skopie)?\b|\bbackups?\b|\bcopias? de seguranca\b|\bcopie di backup\b|\byedek\w*|备份|備份|バックアップ/,
  platforms: [
    { name: 'iCloud', pattern: /\bicloud\b/ },
    { name: 'Google Drive', pattern: /\bgoogle drive\b|\bgdrive\b|\bgoogle one\b|云端硬盘|雲端硬碟/ },
    {
      name: 'local backup',
      pattern: /\blocal backups?\b|\bmsgstore\b|\bcrypt1[2-5]\b|\binternal storage\b|\bsd card\b|\bfile manager\b/,
    },
  ],
  /** Words of troubleshooting: something does not work and here is how to fix it. */
  trouble:
    /\bfix(?:es|ed|ing)?\b|\bnot (?:working|backing|backed)\b|\bfail(?:s|ed|ing|ure)?\b|\bstuck\b|\bwont\b|\bcant\b|\btroubleshoot\w*|\bproblems?\b|\bissues?\b|\berrors?\b|\bsolutions?\b|\bsolucion\w*|\bsolu[cç]ao\b|\bprobleme?\b|\bfehler\b|\bfunciona\b|\bresolve\w*|无法|無法|失败|失敗|修复|修復|解决|解決|卡住|故障/,
  /** Instructions to a person at their phone: help pages have them, news and explainers do not. */
  instructions:
    /\btap\b|\bclick\b|\bgo to\b|\bopen (?:whatsapp|settings|the)\b|\bselect\b|\btoggle\b|\bback up now\b|\bchat backup\b|\bsettings\b|点击|打开|轻点|设置|\btoca\b|\babre\b|\bselecciona\b|\btoque\b|\babra\b|\bajustes\b|\bconfigura\w*|\bayarlar\w*|\bdokun\w*|\beinstellungen\b|\bparametres\b/,
  /** Product-page and promo copy: a help page rarely says these more than once or twice. */
  promo:
    /\bfree download\b|\bdownload now\b|\bbuy now\b|\btry it free\b|\bfree trial\b|\bsecure download\b|\bpurchase\b|\blicense\b|\bmoney back\b|\bpricing\b|\bper month\b|\bdr ?fone\b|\baiseesoft\b|\btenorshare\b|\bimazing\b|\bwhatssync\b|\bdata recovery\b/,
} as const;

/** Words that make an every-page first look worth a closer one (matched on the title, URL and headings). */
export const firstLookWords = {
  whatsapp: /whats\s*app/i,
  backup:
    /back(?:ing|ed)?[\s-]?up|backup|icloud|google\s*drive|copia|respaldo|sauvegard|sicherung|seguran|yedek|备份|備份|chat history|saved in the cloud/i,
} as const;
