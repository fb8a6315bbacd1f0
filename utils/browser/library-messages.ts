import type { LibraryErrorCode } from '../storage/library/types';
import { toLibraryError } from '../storage/library/errors';
import type { MessageKey } from './i18n';
import { t } from './i18n';

const ERROR_MESSAGES: Record<LibraryErrorCode, MessageKey> = {
  quota: 'libraryErrorQuota',
  closed: 'libraryErrorClosed',
  failed: 'libraryErrorFailed',
  'not-found': 'libraryErrorNotFound',
  'no-address': 'libraryErrorNoAddress',
  'import-corrupt': 'libraryErrorImportCorrupt',
  'import-foreign': 'libraryErrorImportForeign',
  'import-future': 'libraryErrorImportFuture',
  'import-too-large': 'libraryErrorImportTooLarge',
  'import-invalid': 'libraryErrorImportInvalid',
};

/** Why a library operation failed, in the user's language (with where, for a damaged import). */
export function libraryErrorMessage(error: unknown): string {
  const failure = toLibraryError(error);
  return t(ERROR_MESSAGES[failure.code], failure.detail || '—');
}

/** Bytes in the UI language's number format: "1.4 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
