import { storage } from '#imports';

export type FontFamily = 'naskh' | 'sans' | 'serif';
export type Theme = 'system' | 'light' | 'sepia' | 'dark';

/** How the reader lays out an article; one stored object, version 2 (1 had no `highlightFacts`). */
export interface ReaderSettings {
  /** Body text size in CSS pixels. */
  fontSize: number;
  fontFamily: FontFamily;
  theme: Theme;
  /** Measure of the text column, in `ch`. */
  lineWidth: number;
  /**
   * Line height for Latin text; Arabic script gets a taller one derived from it (its marks sit
   * above and below the line).
   */
  lineHeight: number;
  /** Whether key facts are highlighted in the text and listed in the key-facts panel. */
  highlightFacts: boolean;
}

/** Version 1 of the stored object, as older builds wrote it (frozen: migrations start from it). */
export type ReaderSettingsV1 = Omit<ReaderSettings, 'highlightFacts'>;

export const FONT_FAMILIES: readonly FontFamily[] = ['naskh', 'sans', 'serif'];
export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];

/** The limits every control and every stored value is clamped to. */
export const LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineWidth: { min: 40, max: 90, step: 5 },
  lineHeight: { min: 1.3, max: 2.2, step: 0.1 },
} as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  fontSize: 18,
  fontFamily: 'naskh',
  theme: 'system',
  lineWidth: 65,
  lineHeight: 1.6,
  highlightFacts: true,
};

function clamp(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(limits.max, Math.max(limits.min, value));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/**
 * Settings as stored may come from an older build or a hand-edited profile: every field is checked,
 * and anything unknown or out of range falls back to its default.
 */
export function normalizeSettings(
  value: Partial<Record<keyof ReaderSettings, unknown>> | null,
): ReaderSettings {
  const stored = value ?? {};
  return {
    fontSize: clamp(stored.fontSize, LIMITS.fontSize, DEFAULT_SETTINGS.fontSize),
    fontFamily: oneOf(stored.fontFamily, FONT_FAMILIES, DEFAULT_SETTINGS.fontFamily),
    theme: oneOf(stored.theme, THEMES, DEFAULT_SETTINGS.theme),
    lineWidth: clamp(stored.lineWidth, LIMITS.lineWidth, DEFAULT_SETTINGS.lineWidth),
    lineHeight: clamp(stored.lineHeight, LIMITS.lineHeight, DEFAULT_SETTINGS.lineHeight),
    highlightFacts:
      typeof stored.highlightFacts === 'boolean' ? stored.highlightFacts : DEFAULT_SETTINGS.highlightFacts,
  };
}

/**
 * Version 2 adds key-fact highlighting, on for everyone who had not chosen yet. A value that
 * already has the switch was written by version 2 without its version record (WXT writes the two
 * side by side on the first save, and a popup can close between them): the choice is kept.
 */
export function migrateSettingsToV2(old: ReaderSettingsV1 & { highlightFacts?: unknown }): ReaderSettings {
  return { ...old, highlightFacts: typeof old.highlightFacts === 'boolean' ? old.highlightFacts : true };
}

/** The reader settings, shared by the popup and the reader tab. */
export const readerSettingsItem = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
});

export async function loadReaderSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettingsItem.getValue());
}

export async function saveReaderSettings(settings: ReaderSettings): Promise<void> {
  await readerSettingsItem.setValue(normalizeSettings(settings));
}
