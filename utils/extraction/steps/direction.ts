import type { PipelineContext, Step } from '../context';
import type { TextDirection } from '../types';
import { directionOfText, guessLanguageFromScript, rtlShare } from '../../direction/script-direction';
import { resolveDirection } from '../../direction/resolve-direction';
import { isRtlLanguage } from '../../direction/rtl-languages';
import { meta } from '../metadata';

/** Blocks that a reader sees as paragraphs of their own, each of which may have its own direction. */
const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, figcaption, caption, dd, dt, pre, summary';

function inheritedDirection(element: Element, articleDir: TextDirection, root: Node): TextDirection {
  for (let node: Element | null = element.parentElement; node && node !== root; node = node.parentElement) {
    const dir = node.getAttribute('dir');
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return articleDir;
}

/**
 * Marks every block whose letters run the other way from its surroundings (an English quote in an
 * Arabic article), so each paragraph aligns and orders its punctuation as its own language needs.
 */
export function markBlockDirections(root: Element | DocumentFragment, articleDir: TextDirection): void {
  for (const block of root.querySelectorAll(BLOCKS)) {
    const own = directionOfText(block.textContent ?? '');
    if (!own) continue;
    if (own !== inheritedDirection(block, articleDir, root)) block.setAttribute('dir', own);
    else if (block.hasAttribute('dir')) block.removeAttribute('dir');
  }
}

/** The language the page declares: Readability's (`<html lang>`), else `content-language`. */
function declaredLanguage(context: PipelineContext): string {
  // From the page's meta table: an attribute selector with `i` is a slow walk in jsdom.
  const fromMeta = meta(context.source, 'http-equiv:content-language');
  return (
    context.parsed?.lang ||
    context.source.documentElement?.getAttribute('lang') ||
    fromMeta ||
    ''
  ).trim();
}

/**
 * A declared language is kept unless the letters contradict it: a CMS that says `lang="en"` over
 * Arabic text is wrong, and so is `lang="ar"` over an English article.
 */
export function resolveLanguage(declared: string, text: string): string {
  const share = rtlShare(text);
  if (!declared || share === null) return declared || guessLanguageFromScript(text);
  const declaredRtl = isRtlLanguage(declared);
  if ((declaredRtl && share < 0.2) || (!declaredRtl && share > 0.8)) return guessLanguageFromScript(text);
  return declared;
}

/** Step 11: the article's direction and language, then each block's own direction. */
export const direction: Step = {
  name: 'direction',
  run(context) {
    const text = context.content?.textContent ?? '';
    const declared = declaredLanguage(context);
    context.lang = resolveLanguage(declared, text);
    context.dir = resolveDirection({
      computedDir: context.options.computedDir ?? null,
      readabilityDir: context.parsed?.dir ?? null,
      htmlDir: context.source.documentElement?.getAttribute('dir') ?? null,
      lang: declared,
      text,
    });
    if (context.content) markBlockDirections(context.content, context.dir);
  },
};
