import { render } from 'preact';
import { Options } from '@/components/Options';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import '@/components/options.css';

document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) {
  app.className = 'fl-root fl-options';
  render(<Options />, app);
}
