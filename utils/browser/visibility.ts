/**
 * Visibility on the live page, from its computed style (what the markup alone cannot tell: a
 * stylesheet's `display: none`, a collapsed menu).
 */

/** Hidden by the element's own computed style: what the extraction's `remove-hidden` step drops. */
export function isHiddenByStyle(element: Element): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/**
 * The DOM's own `checkVisibility`, from the prototype: a form's fields can shadow the element's
 * (`<form><input name="checkVisibility">`). Undefined where the engine has none.
 */
const nativeCheckVisibility: ((this: Element, options?: object) => boolean) | undefined =
  typeof Element === 'undefined' ? undefined : Element.prototype.checkVisibility;

const VISIBILITY_PROPERTY = { visibilityProperty: true };

/**
 * The same answer as `isHiddenByStyle`, cheaper on the many elements that are visible:
 * `checkVisibility` is one call that returns a boolean, where a computed style is an object and
 * two property reads. It says "visible" only of an element that is neither `display: none` nor
 * `visibility: hidden`; its "not visible" also covers elements without a box of their own
 * (`display: contents`) or inside `content-visibility: hidden`, so that answer is checked against
 * the computed style.
 */
export function isHiddenOnPage(element: Element): boolean {
  if (nativeCheckVisibility && nativeCheckVisibility.call(element, VISIBILITY_PROPERTY)) return false;
  return isHiddenByStyle(element);
}

/**
 * Whether the reader can see the element at all, ancestors included. `checkVisibility` answers
 * from the layout engine without walking the ancestors ourselves; older engines fall back to the
 * element's own style.
 */
export function isRenderedVisible(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ visibilityProperty: true });
  }
  return !isHiddenByStyle(element);
}
