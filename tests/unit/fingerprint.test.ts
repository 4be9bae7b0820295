import { describe, expect, it } from 'vitest';
import { fixId, guideKey } from '@/lib/fingerprint';

describe('fingerprints', () => {
  it('knows a fix by its words, not by case, punctuation, accents or apostrophes', () => {
    expect(fixId('Restart Your iPhone')).toBe(fixId('restart your iPhone.'));
    expect(fixId('Check the iCloud Server Status')).toBe(fixId('  Check the iCloud server status  '));
    expect(fixId('Don’t use Low Data Mode')).toBe(fixId("Don't use low-data mode"));
    expect(fixId('Solución rápida')).toBe(fixId('solucion rapida'));
    expect(fixId('Restart Your iPhone')).not.toBe(fixId('Restart Your iPad'));
  });

  it('knows a guide by its set of fixes, in any order', () => {
    const a = ['Restart Your iPhone', 'Update WhatsApp'].map(fixId);
    expect(guideKey(a)).toBe(guideKey([...a].reverse()));
    expect(guideKey(a)).not.toBe(guideKey([...a, fixId('Delete the Existing iCloud Backup')]));
  });
});
