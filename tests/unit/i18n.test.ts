import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeTitle } from '@/lib/badge';
import { t, textDirection, tn, uiLanguage } from '@/lib/i18n';
import { relativeTime } from '@/lib/relative-time';

type Messages = Record<string, { message: string }>;
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(join(__dirname, `../../public/_locales/${locale}/messages.json`), 'utf8'));

/** The browser's i18n as Chrome and Firefox do it: the chosen locale's message, else the default's, $1… filled. */
function speak(locale: string) {
  const chosen = read(locale);
  const fallback = read('en');
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const message = (chosen[key] ?? fallback[key])?.message ?? '';
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

const now = Date.UTC(2025, 5, 15, 12);
const fixes = ['a', 'b', 'c', 'd', 'e'];

describe('the interface language', () => {
  afterEach(() => fakeBrowser.reset());

  it('English (no i18n API, as in these tests): one ad, two ads', () => {
    expect(uiLanguage()).toBe('en');
    expect(tn('adsRemoved', 1)).toBe('1 ad removed from this page.');
    expect(tn('adsRemoved', 2)).toBe('2 ads removed from this page.');
    expect(textDirection()).toBe('ltr');
  });

  it('Russian: one, few and many forms chosen by Intl.PluralRules', () => {
    speak('ru');
    expect(uiLanguage()).toBe('ru');
    expect(tn('adsRemoved', 1)).toBe('С этой страницы убран 1 рекламный блок.');
    expect(tn('adsRemoved', 3)).toBe('С этой страницы убрано 3 рекламных блока.');
    expect(tn('adsRemoved', 5)).toBe('С этой страницы убрано 5 рекламных блоков.');
    expect(tn('adsRemoved', 21)).toBe('С этой страницы убран 21 рекламный блок.');
    expect(badgeTitle(fixes, {})).toBe('Fixlist: осталось попробовать 5 способов из 5');
    expect(relativeTime(now - 2 * 86_400_000, now)).toBe('позавчера');
    expect(relativeTime(now - 3 * 86_400_000, now)).toBe('3 дня назад');
  });

  it('Arabic: right to left, its six plural forms, dates in Arabic', () => {
    speak('ar');
    expect(textDirection()).toBe('rtl');
    expect(tn('adsRemoved', 1)).toBe('حُذف إعلان واحد من هذه الصفحة.');
    expect(tn('adsRemoved', 2)).toBe('حُذف إعلانان من هذه الصفحة.');
    expect(tn('adsRemoved', 4)).toBe('حُذفت 4 إعلانات من هذه الصفحة.');
    expect(tn('adsRemoved', 11)).toBe('حُذف 11 إعلانًا من هذه الصفحة.');
    expect(tn('adsRemoved', 100)).toBe('حُذف 100 إعلان من هذه الصفحة.');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('قبل 5 دقائق');
  });

  it('Japanese: one form for every count; "just now" translated', () => {
    speak('ja');
    expect(tn('adsRemoved', 1)).toBe('このページから広告を 1 件削除しました。');
    expect(relativeTime(now - 10_000, now)).toBe('たった今');
    expect(relativeTime(now - 3 * 86_400_000, now)).toBe('3 日前');
  });

  it('a form the translation lacks falls back to its "other" form, and a missing key to English', () => {
    speak('ja'); // Japanese has only "other": ask for a count whose English form is "one"
    expect(tn('badgeTitleLeft', 1, 8)).toBe('Fixlist: 未試行の対処法 1 件(全 8 件)');
    expect(t('extName')).toBe('Fixlist');
  });
});
