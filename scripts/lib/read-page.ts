import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

/** A saved page turned into text, and the encoding it was read with (a WHATWG encoding name). */
export interface DecodedPage {
  html: string;
  charset: string;
  /** Set when the declared charset could not be used and UTF-8 was used instead. */
  warning?: string;
}

/** Browsers look for a `<meta>` charset only this far into the page (the HTML "prescan"). */
const PRESCAN_BYTES = 1024;
/** How far we look for a charset declared after the prescan window, for pages that are not UTF-8. */
const LATE_SCAN_BYTES = 64 * 1024;
/** The HTML standard's fallback for Western locales when nothing else tells the encoding. */
const FALLBACK_CHARSET = 'windows-1252';

const BOMS: ReadonlyArray<{ bytes: readonly number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
];

function bomCharset(bytes: Uint8Array): string | null {
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, index) => bytes[index] === byte));
  return bom?.charset ?? null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The bytes as one character per byte, so that string positions are byte positions. */
function asBinaryString(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The charset named in a Content-Type value such as `text/html; charset="windows-1256"`. */
export function charsetFromContentType(content: string): string | null {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  if (!match) return null;
  return (match[1] ?? match[2] ?? match[3] ?? '').trim() || null;
}

interface Attribute {
  name: string;
  value: string;
}

/** One attribute at the sticky position: its name, then `= value` (quoted or bare) if there is one. */
const ATTRIBUTE = /[\s/]*([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;

/**
 * Reads the attributes of the tag whose name ends at `start`, as the prescan does: up to the `>` or
 * the end of the scanned bytes. Returns them and the position after the tag.
 */
function readAttributes(text: string, start: number): { attributes: Attribute[]; end: number } {
  const attributes: Attribute[] = [];
  let position = start;
  for (;;) {
    ATTRIBUTE.lastIndex = position;
    const match = ATTRIBUTE.exec(text);
    if (!match) break;
    const name = match[1] ?? '';
    attributes.push({ name: name.toLowerCase(), value: match[2] ?? match[3] ?? match[4] ?? '' });
    position = ATTRIBUTE.lastIndex;
  }
  const close = text.indexOf('>', position);
  return { attributes, end: close === -1 ? text.length : close + 1 };
}

/** The charset a `<meta>` declares, following the HTML standard's rules for its attributes. */
function metaCharset(attributes: readonly Attribute[]): string | null {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  for (const { name, value } of attributes) {
    // Only the first of repeated attributes counts, as in the parser.
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === 'http-equiv' && value.trim().toLowerCase() === 'content-type') gotPragma = true;
    if (name === 'content' && charset === null) {
      charset = charsetFromContentType(value);
      if (charset !== null) needPragma = true;
    }
    if (name === 'charset') {
      charset = value.trim() || null;
      needPragma = false;
    }
  }
  if (charset === null || needPragma === null) return null;
  if (needPragma && !gotPragma) return null;
  return charset;
}

const TAG_START = /<(\/?)([a-z][^\s/>]*)/iy;

/** Where the markup after `<!--` ends (after its `-->`), or the end of the text. */
function afterComment(text: string, open: number): number {
  const close = text.indexOf('-->', open + 2);
  return close === -1 ? text.length : close + 3;
}

/** Where `<!doctype …>`, `<?…>` or a stray `</…>` ends: just after its `>`, or the end of the text. */
function afterBracket(text: string, open: number): number {
  const close = text.indexOf('>', open);
  return close === -1 ? text.length : close + 1;
}

/**
 * The charset declared by a `<meta>` in `bytes`, found the way browsers' prescan finds it: comments
 * and the attributes of other tags are skipped, so a commented-out or quoted `<meta>` is not taken.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const text = asBinaryString(bytes);
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf('<', position);
    if (open === -1) return null;
    if (text.startsWith('<!--', open)) {
      position = afterComment(text, open);
      continue;
    }
    TAG_START.lastIndex = open;
    const tag = TAG_START.exec(text);
    if (tag) {
      const { attributes, end } = readAttributes(text, TAG_START.lastIndex);
      const isMeta = tag[1] === '' && tag[2]?.toLowerCase() === 'meta';
      const charset = isMeta ? metaCharset(attributes) : null;
      if (charset !== null) return charset;
      position = end;
    } else {
      position = /[!/?]/.test(text.charAt(open + 1)) ? afterBracket(text, open) : open + 1;
    }
  }
  return null;
}

/**
 * The WHATWG encoding for a declared label. As in the standard, a page cannot declare itself
 * UTF-16 in ASCII bytes (it would not be UTF-16 then), and x-user-defined is read as windows-1252.
 */
function encodingForDeclaration(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    // Node's decoder refuses x-user-defined; the standard reads it as windows-1252 anyway.
    return label.trim().toLowerCase() === 'x-user-defined' ? FALLBACK_CHARSET : null;
  }
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

function decodeWith(charset: string, bytes: Uint8Array): string {
  // ignoreBOM: false (the default) drops a BOM that matches the charset, as browsers do.
  return new TextDecoder(charset).decode(bytes);
}

/** The charset of the page: BOM, then an early `<meta>`, then valid UTF-8, then a late `<meta>`. */
function chooseCharset(bytes: Uint8Array): { charset: string; warning?: string } {
  const bom = bomCharset(bytes);
  if (bom) return { charset: bom };
  const early = declaredCharset(bytes.subarray(0, PRESCAN_BYTES));
  if (early !== null) {
    const encoding = encodingForDeclaration(early);
    if (encoding) return { charset: encoding };
    return { charset: 'utf-8', warning: `unknown charset "${early}", reading as UTF-8` };
  }
  // Without an early declaration a browser goes by the server's header; saved pages lost it, and
  // the pages we see are served as UTF-8, so bytes that are valid UTF-8 are taken as such.
  if (isValidUtf8(bytes)) return { charset: 'utf-8' };
  const late = declaredCharset(bytes.subarray(0, LATE_SCAN_BYTES));
  const encoding = late === null ? null : encodingForDeclaration(late);
  return { charset: encoding ?? FALLBACK_CHARSET };
}

/** Decodes the bytes of a saved page as a browser would, without the HTTP header it came with. */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const { charset, warning } = chooseCharset(bytes);
  const html = decodeWith(charset, bytes);
  return warning === undefined ? { html, charset } : { html, charset, warning };
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;
const gunzipAsync = promisify(gunzip);

function isGzip(path: string, bytes: Uint8Array): boolean {
  return path.toLowerCase().endsWith('.gz') || (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]);
}

/** Reads a saved page (`.html`, or gzipped `.html.gz`) and decodes it. */
export async function readPage(path: string): Promise<DecodedPage> {
  const raw = await readFile(path);
  const bytes = isGzip(path, raw) ? await gunzipAsync(raw) : raw;
  return decodePage(bytes);
}
