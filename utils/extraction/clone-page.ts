import { callNative, readNative } from './native';

/**
 * A copy of the page for the steps to take apart: every node in the same order, except that
 * `<style>` elements come without their CSS.
 *
 * Why: a browser parses a style sheet when its `<style>` is copied into another document, though
 * nothing will render that document. On a page with 1 MB of inline CSS (AEB ef4e67b6) Chromium
 * spent ~50 ms of a plain `document.cloneNode(true)` on it, against ~4 ms for this copy; jsdom does
 * the same parsing. No step reads a style sheet (visibility comes from the live page's computed
 * style, or from inline `style` attributes, which are kept), and Readability drops `<style>`.
 *
 * The copy starts from a shallow clone of the document, which keeps its address (relative links
 * are resolved against it), its mode and its content type. Subtrees holding no `<style>` are cloned
 * by the DOM in one call; only the ancestors of a style are copied one by one, without recursion
 * (a page may nest thousands deep). The page's own methods are reached through the prototypes:
 * its markup may shadow them (see native.ts).
 */
export function clonePage(source: Document): Document {
  const styles = callNative<NodeListOf<Element>>(source, 'querySelectorAll', 'style');
  if (styles.length === 0) return callNative<Document>(source, 'cloneNode', true);

  // Every node on a path from a style up to the document: copied shallow, children one by one.
  const onStylePath = new Set<Node>();
  for (const style of styles) {
    for (let node: Node | null = style; node && !onStylePath.has(node); node = parentOf(node)) {
      onStylePath.add(node);
    }
  }
  const styleElements = new Set<Node>(styles);

  const copy = callNative<Document>(source, 'cloneNode', false);
  const pending: { original: Node; parent: Node }[] = [];
  const queueChildren = (original: Node, parent: Node): void => {
    const children = readNative<NodeListOf<ChildNode>>(original, 'childNodes');
    // Onto a stack in reverse, so that they come off it (and are appended) in document order.
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) pending.push({ original: child, parent });
    }
  };
  queueChildren(source, copy);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { original, parent } = next;
    const onPath = onStylePath.has(original);
    // Made in the copy, so not adopted afterwards. The copy's methods too are reached through the
    // prototypes: what was appended so far can shadow them (`<img name="importNode">`).
    const clone = callNative<Node>(copy, 'importNode', original, !onPath);
    callNative<Node>(parent, 'appendChild', clone);
    if (onPath && !styleElements.has(original)) queueChildren(original, clone);
  }
  return copy;
}

/** The real parent: `<form><input name="parentNode">` shadows the form's own. */
function parentOf(node: Node): Node | null {
  return readNative<Node | null>(node, 'parentNode');
}
