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
