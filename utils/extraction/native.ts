/**
 * The page's markup can shadow DOM properties: `<img name="body">` makes `document.body` an image,
 * `<form><input name="parentNode">` makes `form.parentNode` an input (named properties). Before the
 * clone has been defused (steps/defuse-clobbering.ts), reach the real methods through the
 * prototypes, which markup cannot change.
 */
function ownerOf(target: object, name: string): object | null {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return proto as object;
  }
  return null;
}

/** Calls the DOM's own method `name` on `target`, whatever the markup named. */
export function callNative<R>(target: object, name: string, ...args: unknown[]): R {
  const method = (ownerOf(target, name) as Record<string, unknown> | null)?.[name];
  if (typeof method !== 'function') throw new TypeError(`no native ${name}`);
  return method.apply(target, args) as R;
}

/** Reads the DOM's own getter `name` of `target` (e.g. `body`), whatever the markup named. */
export function readNative<R>(target: object, name: string): R {
  const owner = ownerOf(target, name);
  const getter = owner ? Object.getOwnPropertyDescriptor(owner, name)?.get : undefined;
  if (!getter) throw new TypeError(`no native ${name}`);
  return getter.call(target) as R;
}

/** Whether `name` is a property that markup could shadow on `target` (own DOM API, not markup). */
export function isDomProperty(target: object, name: string): boolean {
  return ownerOf(target, name) !== null;
}
