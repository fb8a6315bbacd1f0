import { useEffect, useState } from 'preact/hooks';
import type { ReaderSettings } from '@/utils/storage/reader-settings';
import {
  DEFAULT_SETTINGS,
  loadReaderSettings,
  normalizeSettings,
  readerSettingsItem,
  saveReaderSettings,
} from '@/utils/storage/reader-settings';

/**
 * The stored reader settings, kept in sync across the popup and reader tabs. `loaded` stays false
 * until storage answers, so the first paint does not flash the defaults.
 */
export function useReaderSettings(): {
  settings: ReaderSettings;
  loaded: boolean;
  setSettings: (settings: ReaderSettings) => void;
} {
  const [settings, setLocal] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void loadReaderSettings().then((stored) => {
      if (!alive) return;
      setLocal(stored);
      setLoaded(true);
    });
    const unwatch = readerSettingsItem.watch((value) => setLocal(normalizeSettings(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const setSettings = (next: ReaderSettings): void => {
    setLocal(next);
    void saveReaderSettings(next);
  };
  return { settings, loaded, setSettings };
}
