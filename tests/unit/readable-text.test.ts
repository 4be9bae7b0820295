import { describe, expect, it } from 'vitest';
import { readableText } from '@/lib/text';

const li = (html: string) => {
  const el = document.createElement('li');
  el.innerHTML = html;
  return el;
};

describe('readableText', () => {
  it('puts back the spaces that copied markup glued away, and drops spaces before punctuation', () => {
    expect(
      readableText(li('Launch<strong>iPhone Settings</strong> , tap on your<strong>name</strong> on the top.')),
    ).toBe('Launch iPhone Settings, tap on your name on the top.');
    expect(readableText(li('Go to<strong>iCloud</strong> in your<strong>iPhone Settings</strong> .'))).toBe(
      'Go to iCloud in your iPhone Settings.',
    );
  });

  it('leaves well-spaced text and punctuation inside markup alone', () => {
    expect(readableText(li('Tap <b>Back Up Now</b>, then wait (about <i>5</i> min).'))).toBe(
      'Tap Back Up Now, then wait (about 5 min).',
    );
  });
});
