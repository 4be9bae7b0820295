import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { localizePage } from '@/lib/i18n';
import '@/components/theme.css';
import '@/components/popup.css';
import { makeChecklist, readPageState, resolveTabId } from './page-state';

localizePage(document);
// The popup is about one tab: the active one, or the one named by ?tabId= (the popup opened as a page).
const app = document.getElementById('app');
if (app) {
  const tabId = resolveTabId(location.search);
  app.className = 'fl-root fl-popup';
  render(
    <Popup loadPageState={() => tabId.then(readPageState)} makeChecklist={() => tabId.then(makeChecklist)} />,
    app,
  );
}
