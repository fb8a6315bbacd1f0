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

/**
 * What a prototype chain holds under a name, looked up once per (first prototype, name): the
 * steps ask it of every element, and a chain (HTMLDivElement → HTMLElement → Element → …) is the
 * same for every element of a kind. Markup cannot change a prototype chain. The names are Qari's
 * own (`getAttribute`, `body`…), so the table stays small.
 */
interface NativeMember {
  method: unknown;
  getter: (() => unknown) | undefined;
}
const members = new WeakMap<object, Map<string, NativeMember | null>>();

function memberOf(target: object, name: string): NativeMember | null {
  const first = Object.getPrototypeOf(target) as object | null;
  if (!first) return null;
  let byName = members.get(first);
  if (!byName) {
    byName = new Map();
    members.set(first, byName);
  }
  let member = byName.get(name);
  if (member === undefined) {
    const owner = ownerOf(target, name);
    const descriptor = owner ? Object.getOwnPropertyDescriptor(owner, name) : undefined;
    member = descriptor
      ? { method: descriptor.value, getter: descriptor.get as (() => unknown) | undefined }
      : null;
    byName.set(name, member);
  }
  return member;
}

/** Calls the DOM's own method `name` on `target`, whatever the markup named. */
export function callNative<R>(target: object, name: string, ...args: unknown[]): R {
  const method = memberOf(target, name)?.method;
  if (typeof method !== 'function') throw new TypeError(`no native ${name}`);
  return method.apply(target, args) as R;
}

/** Reads the DOM's own getter `name` of `target` (e.g. `body`), whatever the markup named. */
export function readNative<R>(target: object, name: string): R {
  const getter = memberOf(target, name)?.getter;
  if (!getter) throw new TypeError(`no native ${name}`);
  return getter.call(target) as R;
}

/**
 * Whether `name` is a property that markup could shadow on `target` (own DOM API, not markup).
 * Not remembered: the names asked about are the page's ids, and a page may have any number.
 */
export function isDomProperty(target: object, name: string): boolean {
  return ownerOf(target, name) !== null;
}
