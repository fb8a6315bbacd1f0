import { useEffect, useState } from 'preact/hooks';
import type { Theme } from '@/utils/storage/reader-settings';

export type ColorScheme = Exclude<Theme, 'system'>;

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the OS asks for dark colours, kept current while the page is open. */
function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = matchMedia(DARK_QUERY);
    const update = (): void => setDark(query.matches);
    query.addEventListener('change', update);
    update();
    return () => query.removeEventListener('change', update);
  }, []);
  return dark;
}

/** The colour scheme for a theme setting: "system" resolved against the OS preference. */
export function useColorScheme(theme: Theme): ColorScheme {
  const prefersDark = usePrefersDark();
  if (theme !== 'system') return theme;
  return prefersDark ? 'dark' : 'light';
}

/**
 * Puts the scheme of `theme` on the page's root element (`data-scheme`, which theme.css styles),
 * so the whole page, scrollbars and form controls included, takes its colours.
 */
export function useDocumentColorScheme(theme: Theme): ColorScheme {
  const scheme = useColorScheme(theme);
  useEffect(() => {
    document.documentElement.dataset.scheme = scheme;
  }, [scheme]);
  return scheme;
}
