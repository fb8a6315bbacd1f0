import { JSDOM } from 'jsdom';
import { findKeyFacts } from '../../utils/facts';
import type { FactKind, KeyFact } from '../../utils/facts';

/** The article body as the view and the pipeline hand it over: one root element. */
export function rootOf(html: string): HTMLElement {
  return new JSDOM(`<!doctype html><body><div id="root">${html}</div>`).window.document.getElementById(
    'root',
  ) as HTMLElement;
}

/** The key facts of a body, as [kind, text] pairs in reading order. */
export function factPairsOf(html: string, lang: string): [FactKind, string][] {
  return findKeyFacts(rootOf(html), { lang }).map((fact: KeyFact) => [fact.kind, fact.text]);
}
