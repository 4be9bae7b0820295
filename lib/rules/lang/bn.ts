import type { FirstLookWords, LangWords } from './lang-words';

/** Bengali. WhatsApp and backups, for the every-page first look. */
export const firstLook: FirstLookWords = {
  whatsapp: ['হোয়াটসঅ্যাপ', 'হোয়াটসঅ্যাপে', 'হোয়াটস অ্যাপ', 'হোয়াটসআপ'],
  backup: ['ব্যাকআপ', 'ব্যাক আপ'],
};

export const words: LangWords = {
  code: 'bn',
  firstLook,
  trouble: ['সমস্যা', 'সমাধান', 'ঠিক করুন', 'ঠিক করার', 'হচ্ছে না', 'কাজ করছে না', 'আটকে', 'ত্রুটি', 'ব্যর্থ'],
  fixWords: ['উপায়', 'সমাধান', 'পদ্ধতি', 'ধাপ', 'টিপস'],
  instructions: [
    'খুলুন',
    'ট্যাপ করুন',
    'ক্লিক করুন',
    'বেছে নিন',
    'নির্বাচন করুন',
    'সেটিংস',
    'যান',
    'চালু করুন',
    'বন্ধ করুন',
    'আপডেট করুন',
    'রিস্টার্ট',
    // Freeing space is the commonest fix: "delete unneeded apps", "clear the cache".
    'ডিলিট করুন',
    'মুছে ফেলুন',
    'খালি করুন',
  ],
  advice: ['চেক করুন', 'নিশ্চিত করুন'],
  endHeadings: ['উপসংহার', 'শেষ কথা', 'সচরাচর জিজ্ঞাসা', 'প্রশ্ন ও উত্তর', 'আরও পড়ুন', 'সম্পর্কিত', 'মন্তব্য'],
  notFixHeadings: ['ভূমিকা', 'কেন', 'কী', 'কিভাবে ব্যাকআপ নেবেন', 'কারণ', 'সূচিপত্র'],
  causeHeadings: ['কেন', 'কারণ'],
  howTo: ['কিভাবে', 'কীভাবে'],
  fixesHeadings: ['সমাধান', 'কিভাবে ঠিক করবেন', 'উপায়'],
  groupWords: ['পর্ব', 'অংশ', 'পর্যায়'],
  asides: ['নোট', 'দ্রষ্টব্য', 'টিপ', 'সতর্কতা', 'গুরুত্বপূর্ণ'],
};
