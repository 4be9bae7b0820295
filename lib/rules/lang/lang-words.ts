/**
 * One language's words for WhatsApp-backup help, as data. Written as people write them (accents and all):
 * the index folds them the way page text is folded. A word matches at the start of a word and may go on
 * (Turkish and Russian inflect), unless it ends in `$` (a whole word only). No regex syntax otherwise.
 */
export interface LangWords {
  /** Language code, for the eval's rows. */
  code: string;
  /** The words the every-page first look needs: cheap, title- and heading-sized. */
  firstLook: FirstLookWords;
  /** Something does not work and here is how to fix it. */
  trouble: string[];
  /** Words that number a fix: "Solusi 1", "Çözüm 2". The number follows the word. */
  fixWords: string[];
  /** Instructions to a person at their phone: help pages have them, news and explainers do not. */
  instructions: string[];
  /** Advice that a fix's section gives ("make sure", "pastikan", "verifica"): a fix, not news, says it. */
  advice: string[];
  /** Headings that end a run of fixes: conclusion, FAQ, related posts, comments. */
  endHeadings: string[];
  /** Headings that are never fixes: intro, why it happens, how to back up, what is. */
  notFixHeadings: string[];
  /** A heading or lead-in that lists causes, not fixes: "Why WhatsApp backup fails", "Penyebab". */
  causeHeadings: string[];
  /** A title that promises a how-to ("How to back up…", "Cara…"): without trouble words, a tutorial. */
  howTo: string[];
  /** A heading that opens the fixes: "How to fix it", "Solusi", "Lösungen". */
  fixesHeadings: string[];
  /** Words that number a group of fixes, not a fix: "Phase 1", "Part 2", "Aşama 3". The number follows. */
  groupWords: string[];
  /** Lead-ins that set a remark apart, not a fix: "Note:", "Tip:", "Warning:", "Catatan:". */
  asides: string[];
}

export interface FirstLookWords {
  /** WhatsApp as this language's pages write it, besides "WhatsApp". */
  whatsapp: string[];
  backup: string[];
  /** Not backup words, but enough beside "WhatsApp" to look closer: "iCloud", "chat history". */
  hints?: string[];
}
