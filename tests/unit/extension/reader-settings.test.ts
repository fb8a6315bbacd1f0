import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadReaderSettings,
  normalizeSettings,
  readerSettingsItem,
  saveReaderSettings,
} from '@/utils/storage/reader-settings';

describe('reader settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults before anything is stored', async () => {
    expect(await loadReaderSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through storage.local under one key', async () => {
    const settings = {
      fontSize: 22,
      fontFamily: 'serif',
      theme: 'sepia',
      lineWidth: 50,
      lineHeight: 1.8,
      highlightFacts: false,
    } as const;
    await saveReaderSettings(settings);
    expect(await loadReaderSettings()).toEqual(settings);
    const stored = await fakeBrowser.storage.local.get('readerSettings');
    expect(stored.readerSettings).toEqual(settings);
  });

  it.each([
    ['a font size out of range is clamped', { fontSize: 99 }, { fontSize: 28 }],
    ['a font size that is not a number falls back', { fontSize: '18px' }, { fontSize: 18 }],
    ['an unknown theme falls back', { theme: 'neon' }, { theme: 'system' }],
    ['an unknown font falls back', { fontFamily: 'comic' }, { fontFamily: 'naskh' }],
    ['a line height below the minimum is clamped', { lineHeight: 0.5 }, { lineHeight: 1.3 }],
    ['NaN line width falls back', { lineWidth: Number.NaN }, { lineWidth: 65 }],
    [
      'a highlight switch that is not a boolean falls back',
      { highlightFacts: 'no' },
      { highlightFacts: true },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('repairs a stored value from a hand-edited or older profile on load', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'dark', fontSize: 3 } });
    expect(await loadReaderSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 14 });
  });

  it('migrates settings stored by version 1 (no highlight switch): kept, with highlights on', async () => {
    // Frozen: exactly what a version 1 build wrote, value and WXT's version record.
    const storedByV1 = { fontSize: 20, fontFamily: 'sans', theme: 'dark', lineWidth: 70, lineHeight: 1.9 };
    await fakeBrowser.storage.local.set({ readerSettings: storedByV1, readerSettings$: { v: 1 } });
    await readerSettingsItem.migrate();
    expect(await loadReaderSettings()).toEqual({ ...storedByV1, highlightFacts: true });
    const stored = await fakeBrowser.storage.local.get(['readerSettings', 'readerSettings$']);
    expect(stored.readerSettings$).toEqual({ v: 2 });
  });

  it('keeps a highlight switch turned off on a new profile across start-ups', async () => {
    await readerSettingsItem.migrate(); // first start-up: nothing stored yet
    await saveReaderSettings({ ...DEFAULT_SETTINGS, highlightFacts: false });
    await readerSettingsItem.migrate(); // next start-up: already version 2, nothing to migrate
    expect((await loadReaderSettings()).highlightFacts).toBe(false);
    expect((await fakeBrowser.storage.local.get('readerSettings$')).readerSettings$).toEqual({ v: 2 });
  });

  it('keeps a highlight switch turned off when the view closed before its version record was written', async () => {
    // The first save writes the value and the version record side by side; a popup closed in
    // between leaves a version 2 value with no record, which the next start-up reads as version 1.
    const savedWithoutRecord = { ...DEFAULT_SETTINGS, theme: 'sepia', highlightFacts: false };
    await fakeBrowser.storage.local.set({ readerSettings: savedWithoutRecord });
    await readerSettingsItem.migrate();
    expect(await loadReaderSettings()).toEqual(savedWithoutRecord);
  });

  it('tells watchers (the other open reader views) about changes', async () => {
    const seen: unknown[] = [];
    const unwatch = readerSettingsItem.watch((value) => seen.push(value?.theme));
    await saveReaderSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    unwatch();
    expect(seen).toEqual(['dark']);
  });
});
