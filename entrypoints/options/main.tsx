import { render } from 'preact';
import { Options } from '@/components/Options';
import { localizePage, t } from '@/lib/i18n';
import '@/components/theme.css';
import '@/components/options.css';

localizePage(document);
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) {
  app.className = 'fl-root fl-options';
  render(<Options />, app);
}
