import { Window } from 'happy-dom';
import { topicWords } from '../lib/rules/topic-words';
import { normalizeText } from '../lib/text';
import { loadFixture } from '../scripts/score-page';

for (const slug of process.argv.slice(2)) {
  const f = loadFixture(slug);
  const w = new Window({ url: 'http://127.0.0.1/' });
  const doc = w.document as any;
  doc.write(f.html);
  const body = normalizeText(doc.body.textContent);
  for (const k of ['instructions', 'trouble', 'backup', 'whatsapp'] as const) {
    const m = body.match(new RegExp((topicWords as any)[k].source, 'gu'));
    console.log(slug.slice(0, 40), k, m?.length, [...new Set(m ?? [])].slice(0, 15).join(','));
  }
}
