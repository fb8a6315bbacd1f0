import type { ConstructorOptions, JSDOM } from 'jsdom';

/** Style sheets' contents: extraction reads none of them (only inline styles and `hidden`). */
const STYLE_CONTENTS = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/**
 * Parses a page with jsdom. jsdom parses every `<style>` as it goes, and its CSS value parser
 * throws on some sheets real sites ship (SCSS left in a `calc()`), which would lose the whole
 * page; such a page is parsed again with its style sheets emptied, and `styleSheetsDropped` says so.
 */
export function parsePage(
  JsdomClass: typeof JSDOM,
  html: string,
  options: ConstructorOptions,
): { dom: JSDOM; styleSheetsDropped: boolean } {
  try {
    return { dom: new JsdomClass(html, options), styleSheetsDropped: false };
  } catch (error) {
    if (!(error instanceof SyntaxError) && (error as { name?: string }).name !== 'SyntaxError') throw error;
    return { dom: new JsdomClass(html.replace(STYLE_CONTENTS, '$1$2'), options), styleSheetsDropped: true };
  }
}
