/** The language data as a person meets it: titles and fix headings in the fifteen languages. */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { firstLook } from '@/lib/first-look';
import { parseFixHeading } from '@/lib/rules/fix-headings';

function pageTitled(title: string, heading = ''): Document {
  const window = new Window({ url: 'http://127.0.0.1/post' });
  const doc = window.document as unknown as Document;
  doc.write(`<title>${title}</title><h1>${title}</h1><h2>${heading}</h2>`);
  return doc;
}

describe('first look', () => {
  it.each([
    ['en', 'WhatsApp backup stuck? 7 fixes'],
    ['es', 'WhatsApp: por qué no puedo restaurar mi copia de seguridad'],
    ['pt', 'Backup do WhatsApp travado: o que fazer'],
    ['id', 'Pesan WhatsApp Tak Bisa Dicadangkan? Inilah Solusinya'],
    ['it', 'Backup WhatsApp bloccato: come risolvere'],
    ['fr', 'Sauvegarde WhatsApp bloquée : que faire'],
    ['de', 'Warum wird mein WhatsApp-Backup nicht gespeichert?'],
    ['tr', 'WhatsApp yedekleme hatası nasıl düzeltilir'],
    ['ru', 'Не создаётся резервная копия Ватсап: что делать'],
    ['hi', 'व्हाट्सएप बैकअप अटक गया? ये उपाय आज़माएं'],
    ['bn', 'হোয়াটসঅ্যাপ ব্যাকআপ হচ্ছে না? সমাধান'],
    ['ar', 'حل مشكلة توقف النسخ الاحتياطي في واتساب'],
    ['ja', 'WhatsAppのバックアップができない時の対処法'],
    ['zh', 'WhatsApp 备份卡住的解决方法'],
    ['vi', 'Cách khắc phục lỗi WhatsApp không sao lưu được'],
  ])('looks closer at a %s title about WhatsApp backups', (_lang, title) => {
    expect(firstLook(pageTitled(title))).toBe(true);
  });

  it('finds the backup words in a heading when the title only names WhatsApp', () => {
    expect(firstLook(pageTitled('Masalah WhatsApp', 'Cara mengatasi cadangan gagal'))).toBe(true);
  });

  it('passes over WhatsApp pages about something else and backup pages about something else', () => {
    expect(firstLook(pageTitled('WhatsApp camera zoom fixes', 'Restart the app'))).toBe(false);
    expect(firstLook(pageTitled('iCloud-Sicherung schlägt fehl', 'Speicher prüfen'))).toBe(false);
    // "WA" counts only as a word of its own.
    expect(firstLook(pageTitled('Washington software backup guide'))).toBe(false);
  });
});

describe('fix headings numbered in words and digits of other scripts', () => {
  it.each([
    ['Solusi 1: Periksa koneksi internet', 1, 'Periksa koneksi internet'],
    ['Çözüm 2: İnternet bağlantınızı kontrol edin', 2, 'İnternet bağlantınızı kontrol edin'],
    ['Lösung 3 – Speicher freigeben', 3, 'Speicher freigeben'],
    ['Способ 4. Обновите WhatsApp', 4, 'Обновите WhatsApp'],
    ['Cách 5: Khởi động lại điện thoại', 5, 'Khởi động lại điện thoại'],
    ['方法6：检查 Google 账号', 6, '检查 Google 账号'],
    ['対処法7：iPhoneを再起動する', 7, 'iPhoneを再起動する'],
    ['الحل 8: تحديث واتساب', 8, 'تحديث واتساب'],
    ['उपाय 9: इंटरनेट कनेक्शन जांचें', 9, 'इंटरनेट कनेक्शन जांचें'],
    ['৩. ইন্টারনেট সংযোগ পরীক্ষা করুন', 3, 'ইন্টারনেট সংযোগ পরীক্ষা করুন'],
    ['२. स्टोरेज खाली करें', 2, 'स्टोरेज खाली करें'],
    ['٤. أعد تشغيل الهاتف', 4, 'أعد تشغيل الهاتف'],
    ['５．ストレージを確認', 5, 'ストレージを確認'],
    ['②、设置里打开备份', 2, '设置里打开备份'],
  ])('%s', (text, number, title) => {
    expect(parseFixHeading(text)).toEqual({ number, title });
  });

  it('leaves prose that merely opens with a word of the list alone', () => {
    expect(parseFixHeading('Solusi terbaik untuk backup')).toBeNull();
    expect(parseFixHeading('Способ резервного копирования')).toBeNull();
  });
});
