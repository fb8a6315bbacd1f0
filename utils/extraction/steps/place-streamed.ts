import type { PipelineContext, Step } from '../context';
import { removeAndRecord } from '../context';
import { callNative, readNative } from '../native';

/**
 * React's streaming server rendering (Next.js and others) sends a page's slow parts last, as
 * `<div hidden id="S:1">…</div>` at the end of the body, with a script that moves each one into its
 * place, `<template id="B:1">` (a Suspense boundary, after which a fallback such as "Loading…" stands
 * until the content comes) or `<template id="P:1">` (a bare placeholder). Once the page's scripts
 * have run, as on a live tab, none of this is left. In a saved page, or a page whose scripts did not
 * run, the article is still in the hidden segment, and Readability never sees it.
 */
const SEGMENT_ID = /^S:([0-9a-z]+)$/i;

/** Whether an element is a streamed segment waiting for its script (`remove-hidden` keeps these). */
export function isStreamedSegment(element: Element): boolean {
  if (readNative<string>(element, 'localName') !== 'div') return false;
  if (!callNative<boolean>(element, 'hasAttribute', 'hidden')) return false;
  return SEGMENT_ID.test(callNative<string | null>(element, 'getAttribute', 'id') ?? '');
}

/** A fallback's placeholder text, when the comments that mark a boundary's end were not kept. */
const LOADING_TEXT = /^(?:[^.…]{0,30}(?:\.{3}|…))?$/;

function isComment(node: Node | null, data: string): boolean {
  return node?.nodeType === 8 && (node as Comment).data === data;
}

/**
 * Where a boundary's fallback ends: React's closing `<!--/$-->`, nested boundaries counted. Null
 * when the markers are gone (some savers drop comments).
 */
function boundaryEnd(opening: Node): Node | null {
  let depth = 0;
  for (let node = opening.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  return null;
}

/** Replaces a boundary's fallback with the segment's content, as React's `$RC` does. */
function fillBoundary(context: PipelineContext, template: Element, segment: Element): void {
  const parent = template.parentNode;
  if (!parent) return;
  const opening = template.previousSibling;
  const end = opening && (isComment(opening, '$?') || isComment(opening, '$!')) ? boundaryEnd(opening) : null;
  if (opening && end) {
    for (let node = opening.nextSibling; node && node !== end;) {
      const next = node.nextSibling;
      if (node.nodeType === 1)
        removeAndRecord(context, 'place-streamed', 'fallback of streamed content', node as Element);
      else node.remove();
      node = next;
    }
    while (segment.firstChild) parent.insertBefore(segment.firstChild, end);
    return;
  }
  // No markers: the fallback is the element after the template if it looks like one (empty
  // skeleton boxes, "Loading…").
  const fallback = template.nextElementSibling;
  if (
    fallback &&
    LOADING_TEXT.test((fallback.textContent ?? '').replace(/\s+/g, ' ').trim()) &&
    !fallback.querySelector('img, picture, video')
  ) {
    removeAndRecord(context, 'place-streamed', 'fallback of streamed content', fallback);
  }
  while (segment.firstChild) parent.insertBefore(segment.firstChild, template);
  template.remove();
}

/** Puts a segment in a bare placeholder's place, as React's `$RS` does. */
function fillPlaceholder(placeholder: Element, segment: Element): void {
  const parent = placeholder.parentNode;
  if (!parent) return;
  while (segment.firstChild) parent.insertBefore(segment.firstChild, placeholder);
  placeholder.remove();
}

/**
 * Step 3: in the clone, move streamed segments to where the page would show them. A segment with
 * no place on the page stays hidden and goes.
 */
export const placeStreamed: Step = {
  name: 'place-streamed',
  run(context) {
    const body = context.doc.body;
    if (!body) return;
    // React appends the segments to the body as it streams them: its children are enough to look at
    // (and a selector over the whole page costs jsdom several milliseconds per page).
    const segments = Array.from(body.children).filter(isStreamedSegment);
    for (const segment of segments) {
      const key = SEGMENT_ID.exec(segment.id)?.[1] ?? '';
      const boundary = context.doc.getElementById(`B:${key}`);
      const placeholder = boundary ? null : context.doc.getElementById(`P:${key}`);
      if (boundary && !segment.contains(boundary)) fillBoundary(context, boundary, segment);
      else if (placeholder && !segment.contains(placeholder)) fillPlaceholder(placeholder, segment);
      else {
        removeAndRecord(context, 'place-streamed', 'hidden streamed content with no place', segment);
        continue;
      }
      segment.remove();
    }
  },
};
