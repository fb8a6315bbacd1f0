import Dexie from 'dexie';
import { LibraryError } from './types';

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's DOMException (`inner`); an aborted transaction carries its cause.
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (typeof current === 'object' && 'name' in current) names.push(String(current.name));
    current = typeof current === 'object' ? ((current as { inner?: unknown }).inner ?? null) : null;
  }
  return names;
}

/** Turns whatever a write threw into a LibraryError the page can show in the user's language. */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const names = namesOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (names.includes(Dexie.errnames.QuotaExceeded) || names.includes('QuotaExceededError'))
    return new LibraryError('quota', message);
  if (
    names.includes(Dexie.errnames.DatabaseClosed) ||
    names.includes('InvalidStateError') ||
    names.includes(Dexie.errnames.InvalidState)
  )
    return new LibraryError('closed', message);
  return new LibraryError('failed', message);
}

/** Runs a library operation; any failure comes out as a LibraryError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toLibraryError(error);
  }
}
