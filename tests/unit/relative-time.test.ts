import { describe, expect, it } from 'vitest';
import { relativeTime } from '@/lib/relative-time';

describe('relative time', () => {
  const now = Date.UTC(2025, 5, 15, 12);
  const ago = (ms: number) => relativeTime(now - ms, now);
  it('says how long ago in words', () => {
    expect(ago(10_000)).toBe('just now');
    expect(ago(5 * 60_000)).toBe('5 minutes ago');
    expect(ago(3 * 3600_000)).toBe('3 hours ago');
    expect(ago(26 * 3600_000)).toBe('yesterday');
    expect(ago(2 * 86_400_000)).toBe('2 days ago');
    expect(ago(8 * 86_400_000)).toBe('last week');
    expect(ago(95 * 86_400_000)).toBe('3 months ago');
    expect(relativeTime(now + 5000, now)).toBe('just now'); // a clock that moved back
  });
  it('speaks the interface language', () => {
    expect(relativeTime(now - 3 * 86_400_000, now, 'es')).toBe('hace 3 días');
    expect(relativeTime(now - 26 * 3600_000, now, 'de')).toBe('gestern');
    expect(relativeTime(now - 3 * 86_400_000, now, 'ja')).toBe('3 日前');
    expect(relativeTime(now - 5 * 60_000, now, 'ar')).toMatch(/^قبل ٥ دقائق$|^قبل 5 دقائق$/);
    expect(relativeTime(now - 5 * 60_000, now, 'not a language!')).toBe('5 minutes ago');
  });
});
