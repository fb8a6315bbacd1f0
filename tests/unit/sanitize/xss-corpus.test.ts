import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeArticleHtml } from '../../../utils/sanitize/sanitize-article';
import type { SanitizerWindow } from '../../../utils/sanitize/sanitize-article';
import { materialize } from '../../e2e/security/vendor/make-pages.mjs';
import { loadVectors } from '../../e2e/security/corpus';

/**
 * Every public vector of the corpus (tests/e2e/security/vendor), in an article body, through the
 * one sanitizer: what comes out may hold no script, no handler, no request other than an image's
 * own http(s) `src`, and no link that navigates the reader page. jsdom, as the other sanitizer tests.
 */
const window = new JSDOM('').window as unknown as SanitizerWindow;
const VECTORS = loadVectors().map((vector) => [vector.id, vector.category, vector.template] as const);

/** Attributes that make a request, run code or change where a link or form goes. */
const FORBIDDEN_ATTRIBUTE =
  /^(?:on|style$|srcset$|ping$|download$|action$|formaction$|background$|poster$|name$|xlink:|xmlns|data-|form$|usemap$|lowsrc$|dynsrc$)/i;

function problemsOf(html: string): string[] {
  const document = new JSDOM(`<div id="out">${html}</div>`).window.document;
  const problems: string[] = [];
  for (const element of document.querySelectorAll('#out *')) {
    const tag = element.tagName.toLowerCase();
    if (
      /^(?:script|style|link|meta|base|form|input|button|iframe|object|embed|svg|math|frame|video|audio|source|template|noscript)$/.test(
        tag,
      )
    )
      problems.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (FORBIDDEN_ATTRIBUTE.test(attribute.name)) problems.push(`${tag}[${attribute.name}]`);
    }
    if (element.id && !element.id.startsWith('user-content-')) problems.push(`id=${element.id}`);
    const href = element.getAttribute('href');
    if (href !== null) {
      if (tag !== 'a' || !/^(?:https?:|mailto:)/i.test(href)) problems.push(`${tag}[href=${href}]`);
      if (
        element.getAttribute('target') !== '_blank' ||
        element.getAttribute('rel') !== 'noopener noreferrer'
      )
        problems.push(`link without target/rel: ${href}`);
    }
    const src = element.getAttribute('src');
    if (src !== null) {
      if (tag !== 'img' || !/^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif);)/i.test(src))
        problems.push(`${tag}[src=${src}]`);
      if (/\/pwn\b/.test(src)) problems.push(`beacon image ${src}`);
    }
  }
  return problems;
}

describe('the sanitizer on the public XSS corpus', () => {
  it('has the whole corpus', () => {
    expect(VECTORS).toHaveLength(153);
  });

  it.each(VECTORS)('%s (%s): nothing that runs, loads or navigates survives', (id, _category, template) => {
    const html = `<p>Before ${materialize(template, `${id}@body`)} after.</p>`;
    const output = sanitizeArticleHtml(html, window);
    expect(problemsOf(output)).toEqual([]);
    // Mutation XSS: the output must read back as itself (what the reader re-parses is what was checked).
    expect(sanitizeArticleHtml(output, window)).toBe(output);
  });
});
