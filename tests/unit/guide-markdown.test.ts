import { describe, expect, it } from 'vitest';
import { guideMarkdown, markdownFileName } from '@/lib/guide-markdown';
import type { GuideRecord } from '@/lib/types';

const record: Pick<GuideRecord, 'title' | 'url' | 'fixes'> = {
  title: 'WhatsApp Not Backing Up to iCloud? 8 Fixes',
  url: 'https://www.example.com/whatsapp-icloud-backup/',
  fixes: [
    { id: 'f1', title: 'Restart Your iPhone' },
    { id: 'f2', title: 'Make Sure You Have Free Space Available' },
    { id: 'f3', title: 'Update Your iPhone and WhatsApp' },
    { id: 'f4', title: 'Delete the [Existing] *iCloud* Backup' },
  ],
};

describe('guide as Markdown', () => {
  it('writes the title, the source and each fix as a task with its outcome', () => {
    const markdown = guideMarkdown(record, {
      f1: { triedAt: 1, outcome: 'failed', at: 2 },
      f2: { triedAt: 3, outcome: 'fixed', at: 4 },
      f3: { triedAt: 5, outcome: null, at: 5 },
    });
    expect(markdown).toBe(
      [
        '# WhatsApp Not Backing Up to iCloud? 8 Fixes',
        '',
        'Source: <https://www.example.com/whatsapp-icloud-backup/>',
        'Solved: "Make Sure You Have Free Space Available" fixed it.',
        '',
        "- [x] Restart Your iPhone: didn't help",
        '- [x] Make Sure You Have Free Space Available: this fixed it',
        '- [x] Update Your iPhone and WhatsApp: tried',
        '- [ ] Delete the \\[Existing\\] \\*iCloud\\* Backup',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a source that is not a web address, and a solved line when nothing fixed it', () => {
    expect(guideMarkdown({ ...record, url: 'javascript:alert(1)', fixes: record.fixes.slice(0, 1) }, {})).toBe(
      '# WhatsApp Not Backing Up to iCloud? 8 Fixes\n\n- [ ] Restart Your iPhone\n',
    );
  });

  it('names the download after the title', () => {
    expect(markdownFileName(record.title)).toBe('fixlist-whatsapp-not-backing-up-to-icloud-8-fixes.md');
    expect(markdownFileName('¿Qué?')).toBe('fixlist-que.md');
    expect(markdownFileName('！！')).toBe('fixlist-checklist.md');
  });
});
