/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** Scripts that make any language tag right to left (e.g. `uz-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

/** The primary subtag of a BCP 47 tag, lower case: `ar-EG` → `ar`, `he_IL` → `he`. */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Whether a language tag names a right-to-left language or script; '' or unknown → false. */
export function isRtlLanguage(tag: string): boolean {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  if (parts.some((part, index) => index > 0 && RTL_SCRIPTS.has(part))) return true;
  return RTL_LANGUAGES.has(parts[0] ?? '');
}
