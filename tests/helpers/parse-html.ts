import { JSDOM } from 'jsdom';

/** A jsdom Document for a page, as the command-line tool and the fixtures use. Scripts never run. */
export function parseHtml(html: string, url = 'https://news.example/article'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A page with the given body and head, for step tests. */
export function page(body: string, { head = '', lang = '', dir = '' } = {}): string {
  const attributes = [lang && `lang="${lang}"`, dir && `dir="${dir}"`].filter(Boolean).join(' ');
  return `<!doctype html><html ${attributes}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
