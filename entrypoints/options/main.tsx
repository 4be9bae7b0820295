import { render } from 'preact';
import { Options } from '@/components/Options';
import '@/components/theme.css';
import '@/components/options.css';

const app = document.getElementById('app');
if (app) {
  app.className = 'fl-root fl-options';
  render(<Options />, app);
}
