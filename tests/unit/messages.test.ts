import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

describe('_locales/en/messages.json', () => {
  it('is a set Chrome will load: valid names, and no "$1$" that Chrome would read as a named placeholder', () => {
    const names = Object.keys(messages).map((n) => n.toLowerCase());
    expect(new Set(names).size).toBe(names.length); // names are case-insensitive
    for (const [name, { message }] of Object.entries(messages)) {
      expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(message, name).not.toMatch(/\$\d\$/);
      expect(message.trim(), name).not.toBe('');
    }
  });
});
