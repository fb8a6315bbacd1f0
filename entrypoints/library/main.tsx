import { render } from 'preact';
import '@/components/library/library.css';
import { applyUiLocale, t } from '@/utils/browser/i18n';
import { App } from './App';

applyUiLocale(document);
document.title = t('libraryTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
