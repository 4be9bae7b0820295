import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '@/lib/i18n';

/**
 * A translated sentence with elements in it (a link, a bold word): the message's $1, $2… become the
 * given parts, so translators can move them where their language needs them.
 */
export function TParts({ id, parts }: { id: MessageKey; parts: ComponentChildren[] }) {
  const marked = t(id, ...parts.map((_, i) => `\uE000${i}\uE001`));
  return <>{marked.split(/\uE000(\d+)\uE001/).map((piece, i) => (i % 2 === 1 ? parts[Number(piece)] : piece))}</>;
}
