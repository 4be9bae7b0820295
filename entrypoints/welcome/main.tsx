import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import { localizePage, t, textDirection } from '@/lib/i18n';
import '@/components/theme.css';
import '@/components/sidebar.css';
import '@/components/welcome.css';
import { pageRoom } from '../guide/page-room';
import { loadSampleArticle } from './sample-article';

// Opened once, on install (background.ts). Three lines on what Fixlist does, then the real sidebar on a
// bundled copy of a real article: content scripts do not run on extension pages, so the page runs the
// pipeline itself, the same code a help page gets.
localizePage(document);
document.title = t('welcomeTitle');
const app = document.getElementById('app');
if (app) {
  app.className = 'fl-root';
  const { article, guide, adsRemoved } = loadSampleArticle(document);
  render(
    <>
      <main class="fl-welcome">
        <h1>
          <img src="/icon/128.png" alt="" />
          {t('welcomeTitle')}
        </h1>
        <ul class="fl-welcome-lines">
          <li>{t('welcomeWhat')}</li>
          <li>{t('welcomeRemember')}</li>
          <li>{t('welcomePrivate')}</li>
        </ul>
        <section class="fl-sample" aria-labelledby="fl-try">
          <h2 id="fl-try">{t('welcomeTry')}</h2>
          <p class="fl-note">{t('welcomeTryHint')}</p>
          {/* The article keeps its own language's direction in a right-to-left interface. */}
          <div
            class="fl-sample-article"
            dir="auto"
            ref={(el) => {
              if (el && !el.firstChild) el.append(article);
            }}
          />
        </section>
      </main>
      {guide && (
        <Sidebar
          guide={guide}
          adsRemoved={adsRemoved}
          initiallyOpen
          onOpenChange={pageRoom(document, textDirection())}
          onSelectFix={(id) =>
            guide.fixes.find((f) => f.id === id)?.anchor?.scrollIntoView({ behavior: 'smooth', block: 'start' })
          }
        />
      )}
    </>,
    app,
  );
}
