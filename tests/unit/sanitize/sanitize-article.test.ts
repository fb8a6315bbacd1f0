import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  isSafeLinkUrl,
  sanitizeArticleHtml,
  sanitizeOwnedElement,
} from '../../../utils/sanitize/sanitize-article';
import type { SanitizerWindow } from '../../../utils/sanitize/sanitize-article';

// jsdom, not happy-dom: DOMPurify gives wrong, unsafe output under happy-dom (toolchain notes).
const window = new JSDOM('').window as unknown as SanitizerWindow;
const clean = (html: string): string => sanitizeArticleHtml(html, window);

/** [attack, input, what must not survive] */
const ATTACKS: [string, string, RegExp][] = [
  ['script element', '<p>x</p><script>alert(1)</script>', /<script|alert/i],
  ['event handler', '<img src="https://i.example/a.png" onerror="alert(1)">', /onerror/i],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>', /javascript:/i],
  ['javascript: link with entities', '<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript|href/i],
  ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|href/i],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>', /iframe|javascript/i],
  [
    'form and inputs',
    '<form action="https://evil.example"><input name="q"><button>go</button></form>',
    /<form|<input|<button|evil/i,
  ],
  ['style element', '<style>body{background:url(https://evil.example/x)}</style><p>x</p>', /<style|evil/i],
  ['style attribute beacon', '<p style="background:url(https://evil.example/x)">x</p>', /style|evil/i],
  ['svg with script', '<svg><script>alert(1)</script></svg>', /svg|script/i],
  ['object', '<object data="https://evil.example/x.swf"></object>', /<object/i],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta|evil/i],
  ['base href', '<base href="https://evil.example/">', /<base/i],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">', /<link/i],
  ['mutation XSS via noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', /onerror/i],
  ['image with javascript src', '<img src="javascript:alert(1)">', /<img|javascript/i],
  [
    'srcset beacon',
    '<img src="https://i.example/a.png" srcset="https://evil.example/b.png 2x">',
    /srcset|evil/i,
  ],
  ['ping beacon', '<a href="https://x.example" ping="https://evil.example/p">x</a>', /ping|evil/i],
  ['clobbering name', '<img name="cookie" src="https://i.example/a.png">', /name=/i],
  ['data attributes', '<p data-x="1">x</p>', /data-x/i],
  ['tracking pixel', '<p>x<img src="https://t.example/p.gif" width="1" height="1"></p>', /<img|t\.example/i],
  ['opener link', '<a href="https://x.example" rel="opener" target="_self">x</a>', /opener"|_self/i],
  ['download link', '<a href="https://x.example/a.pdf" download="a.pdf">x</a>', /download/i],
  [
    'phishing form',
    '<form action="https://evil.example"><input type="password"></form>',
    /form|password|evil/i,
  ],
  ['video poster', '<video poster="https://evil.example/p.jpg"></video>', /poster|<video/i],
  ['svg image', '<svg><image href="https://evil.example/i.png"/></svg>', /<svg|<image|evil/i],
  [
    'svg feImage',
    '<svg><filter><feImage href="https://evil.example/i.png"/></filter></svg>',
    /feimage|evil/i,
  ],
  [
    'background attribute',
    '<table background="https://evil.example/b.png"><tr><td>x</td></tr></table>',
    /background|evil/i,
  ],
  ['in-page link', '<a href="#comments">comments</a>', /href/i],
  [
    'form-control clobbering',
    '<p><input name="attributes"><img name="body" src="https://i.example/a.png"></p>',
    /name=|<input/i,
  ],
];

describe('sanitizeArticle', () => {
  it.each(ATTACKS)('removes %s', (_name, input, forbidden) => {
    expect(clean(input)).not.toMatch(forbidden);
  });

  it.each(ATTACKS)('removes %s in place, from an element of a cloned document', (_name, input, forbidden) => {
    // The pipeline's case: Readability's result lives in a clone of the page, with no window.
    const page = new JSDOM(`<div id="root">${input}</div>`).window.document;
    const clone = page.cloneNode(true) as Document;
    const root = clone.getElementById('root');
    if (!root) throw new Error('no root');
    expect(sanitizeOwnedElement(root, window)?.outerHTML).not.toMatch(forbidden);
  });

  it('prefixes ids so they cannot clobber globals of the reader page', () => {
    expect(clean('<p id="cookie">x</p>')).toContain('id="user-content-cookie"');
  });

  it.each([
    ['strong', '<p>a <strong>key fact</strong></p>', '<strong>key fact</strong>'],
    ['b', '<p><b>bold</b></p>', '<b>bold</b>'],
    ['em', '<p><em>”quote“</em></p>', '<em>”quote“</em>'],
    ['mark', '<p><mark>marked</mark></p>', '<mark>marked</mark>'],
    ['blockquote', '<blockquote><p>q</p></blockquote>', '<blockquote>'],
    ['heading', '<h2>ملف مخيم الهول</h2>', '<h2>ملف مخيم الهول</h2>'],
    ['list', '<ul><li>one</li></ul>', '<li>one</li>'],
    [
      'table',
      '<table><caption>c</caption><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
      'colspan="2"',
    ],
    [
      'figure and caption',
      '<figure><img src="https://i.example/a.jpg" alt="a"><figcaption>cap</figcaption></figure>',
      '<figcaption>cap</figcaption>',
    ],
    ['http image', '<img src="https://i.example/a.jpg">', 'src="https://i.example/a.jpg"'],
    ['data: image', '<img src="data:image/png;base64,iVBORw0KGgo=">', 'src="data:image/png;base64,'],
    ['dir on a paragraph', '<p dir="ltr">English</p>', 'dir="ltr"'],
  ])('keeps %s', (_name, input, kept) => {
    expect(clean(input)).toContain(kept);
  });

  it('opens links in a new tab without an opener or referrer', () => {
    expect(clean('<a href="https://x.example/a">x</a>')).toBe(
      '<a href="https://x.example/a" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('turns an embedded video into a link to it', () => {
    const output = clean('<iframe src="https://www.youtube.com/embed/abc"></iframe>');
    expect(output).not.toContain('iframe');
    expect(output).toContain('href="https://www.youtube.com/embed/abc"');
  });

  it('drops text of forms, scripts and styles, not just the tags', () => {
    expect(clean('<p>a</p><textarea>typed secret</textarea><style>.x{}</style>')).toBe('<p>a</p>');
  });

  it.each([
    ['https://news.example/a', true],
    ['http://news.example/a', true],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['chrome-extension://abc/reader.html', false],
    ['not a url', false],
  ])('accepts %s as a link of an extension page: %s', (url, safe) => {
    expect(isSafeLinkUrl(url)).toBe(safe);
  });
});
