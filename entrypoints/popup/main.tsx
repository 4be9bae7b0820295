import { render } from 'preact';
import { Popup } from '@/components/Popup';
import '@/components/theme.css';
import '@/components/popup.css';
import { readPageState, resolveTabId } from './page-state';

// The popup is about one tab: the active one, or the one named by ?tabId= (the popup opened as a page).
const app = document.getElementById('app');
if (app) {
  app.className = 'fl-root fl-popup';
  render(<Popup loadPageState={() => resolveTabId(location.search).then(readPageState)} />, app);
}
