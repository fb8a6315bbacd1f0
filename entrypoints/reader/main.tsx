import { render } from 'preact';
import '@/components/reader/reader.css';
import { applyUiLocale } from '@/utils/browser/i18n';
import { App } from './App';

applyUiLocale(document);
const root = document.getElementById('app');
if (root) render(<App tabIdParam={new URLSearchParams(location.search).get('tabId')} />, root);
