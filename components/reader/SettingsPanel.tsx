import type { FontFamily, ReaderSettings, Theme } from '@/utils/storage/reader-settings';
import { FONT_FAMILIES, LIMITS, THEMES } from '@/utils/storage/reader-settings';
import type { MessageKey } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';

const FONT_LABELS: Record<FontFamily, MessageKey> = {
  naskh: 'fontNaskh',
  sans: 'fontSans',
  serif: 'fontSerif',
};

const THEME_LABELS: Record<Theme, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};

type NumericSetting = 'fontSize' | 'lineWidth' | 'lineHeight';

interface SettingsPanelProps {
  settings: ReaderSettings;
  onChange: (settings: ReaderSettings) => void;
}

/** Reader settings: native controls, so keyboard and screen readers work without extra code. */
export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const update = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]): void =>
    onChange({ ...settings, [key]: value });

  const range = (key: NumericSetting, label: MessageKey, format: (value: number) => string) => (
    <label class="setting">
      <span>{t(label)}</span>
      <input
        type="range"
        data-testid={`setting-${key}`}
        min={LIMITS[key].min}
        max={LIMITS[key].max}
        step={LIMITS[key].step}
        value={settings[key]}
        aria-valuetext={format(settings[key])}
        onInput={(event) => update(key, Number(event.currentTarget.value))}
      />
      <output>{format(settings[key])}</output>
    </label>
  );

  return (
    <details class="settings" data-testid="settings">
      <summary>{t('settingsTitle')}</summary>
      <div class="settings-grid">
        {range('fontSize', 'settingFontSize', (value) => `${value}px`)}
        <label class="setting">
          <span>{t('settingFontFamily')}</span>
          <select
            data-testid="setting-fontFamily"
            value={settings.fontFamily}
            onChange={(event) => update('fontFamily', event.currentTarget.value as FontFamily)}
          >
            {FONT_FAMILIES.map((family) => (
              <option key={family} value={family}>
                {t(FONT_LABELS[family])}
              </option>
            ))}
          </select>
        </label>
        <label class="setting">
          <span>{t('settingTheme')}</span>
          <select
            data-testid="setting-theme"
            value={settings.theme}
            onChange={(event) => update('theme', event.currentTarget.value as Theme)}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_LABELS[theme])}
              </option>
            ))}
          </select>
        </label>
        {range('lineWidth', 'settingLineWidth', (value) => `${value}ch`)}
        {range('lineHeight', 'settingLineHeight', (value) => value.toFixed(1))}
        <label class="setting setting-toggle">
          <input
            type="checkbox"
            data-testid="setting-highlightFacts"
            checked={settings.highlightFacts}
            onChange={(event) => update('highlightFacts', event.currentTarget.checked)}
          />
          <span>{t('settingHighlightFacts')}</span>
        </label>
      </div>
    </details>
  );
}
