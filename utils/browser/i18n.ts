import { browser } from '#imports';
import type { TextDirection } from '../extraction';
import { isRtlLanguage } from '../direction/rtl-languages';

/** A key of `public/_locales/*\/messages.json` (WXT generates the union from the files). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A string in the user's language (the browser's UI language, else English). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/**
 * The language of the strings actually shown. Not `getUILanguage()`: a Persian browser gets our
 * English strings, and those must not be laid out right to left.
 */
export function messagesLocale(): string {
  return t('messagesLocale') || 'en';
}

export function messagesDirection(): TextDirection {
  return isRtlLanguage(messagesLocale()) ? 'rtl' : 'ltr';
}

/** The browser's UI language, for dates and numbers. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Puts the extension page's own language and direction on its root element. */
export function applyUiLocale(document: Document): void {
  document.documentElement.lang = messagesLocale();
  document.documentElement.dir = messagesDirection();
  document.title = t('extName');
}
