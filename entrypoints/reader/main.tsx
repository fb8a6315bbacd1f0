import { render } from 'preact';
import '@/components/reader/reader.css';
import { applyUiLocale } from '@/utils/browser/i18n';
import { App } from './App';

applyUiLocale(document);
const root = document.getElementById('app');
const params = new URLSearchParams(location.search);
if (root) render(<App tabIdParam={params.get('tabId')} savedIdParam={params.get('id')} />, root);
