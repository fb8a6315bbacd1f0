/** The bundled Arabic face (fonts.css) and the weights the reading view sets text in. */
const ARABIC_FACES = ['400 1em "Noto Naskh Arabic"', '700 1em "Noto Naskh Arabic"'];

/** Arabic script (Arabic, Persian, Urdu…), which the bundled face is for. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Starts loading the bundled Naskh face while the view waits for the page's extraction, when the
 * tab's title is in Arabic script. A face loads only once text that needs it is laid out: without
 * this, an Arabic article was laid out in the fallback font, then the two files were read and
 * decoded and the article laid out and painted again, all after it had arrived. Reading and
 * decoding them takes processor time from the page's extraction on a two-core machine, so a page
 * whose title gives no sign of Arabic does not pay for it. Best effort: the fallback font reads.
 */
export function preloadArabicFontFor(title: string | undefined, document: Document): void {
  const fonts = document.fonts as FontFaceSet | undefined;
  if (!fonts || !ARABIC_SCRIPT.test(title ?? '')) return;
  for (const face of ARABIC_FACES) void fonts.load(face, 'ع').catch(() => undefined);
}
