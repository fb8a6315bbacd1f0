import type { Step } from '../context';
import { callNative, isDomProperty, readNative } from '../native';
import { elementsUnder } from '../dom';

/**
 * Elements whose `name` (and sometimes `id`) the DOM exposes as properties of the document or of
 * their form: `<form><input name="parentNode">` makes `form.parentNode` an input, on which
 * Readability's tree walks loop forever in real browsers; `<img name="body">` replaces
 * `document.body`. (jsdom does not implement form named properties, so only browsers show it.)
 */
const NAMED_ELEMENTS = new Set([
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'fieldset',
  'output',
  'object',
  'embed',
  'iframe',
  'img',
]);

/**
 * Step 0: in the clone, before anything walks it, remove every `name` of those elements and every
 * `id` of theirs that shadows a property of the document or of a form. Names and these ids mean
 * nothing to a reader; the page itself is not touched. Logs what it changed in `removed`.
 */
export const defuseClobbering: Step = {
  name: 'defuse-clobbering',
  run(context) {
    const doc = context.doc;
    // One walk and a tag test: jsdom answers the selector list several times slower. The tag is
    // read through the DOM's own getter, which a form's named fields cannot shadow.
    const elements = elementsUnder(doc).filter((element) =>
      NAMED_ELEMENTS.has(readNative<string>(element, 'localName')),
    );
    const form = elements.find((element) => readNative<string>(element, 'localName') === 'form') ?? null;
    const shadows = (value: string): boolean =>
      isDomProperty(doc, value) || (form !== null && isDomProperty(form, value));
    for (const element of elements) {
      for (const attribute of ['name', 'id']) {
        const value = callNative<string | null>(element, 'getAttribute', attribute);
        if (value === null || (attribute === 'id' && !shadows(value))) continue;
        callNative(element, 'removeAttribute', attribute);
        context.removed.push({ step: 'defuse-clobbering', reason: `${attribute}="${value}"`, text: '' });
      }
    }
  },
};
