import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePage, readPage } from '../../scripts/lib/read-page';
import { encodeWindows1256 } from './data/windows-1256';

const HELLO = 'مرحبا';
/** 'مرحبا' in windows-1256, from the code page's published table (not from our encoder). */
const HELLO_1256 = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => Array.from(part)));
/** ASCII filler that pushes what follows past the 1024-byte prescan window. */
const padding = `<!-- ${'x'.repeat(1100)} -->`;
const pageStart = (head: string): string =>
  `<!doctype html><html><head>${head}<title>t</title></head><body><p>`;
const PAGE_END = '</p></body></html>';
const page = (head: string, body: string): string => pageStart(head) + body + PAGE_END;
/** A page with an ASCII head whose paragraph is the given raw bytes. */
const pageWithBytes = (head: string, body: ArrayLike<number>): Uint8Array =>
  concat(utf8(pageStart(head)), body, utf8(PAGE_END));

describe('encodeWindows1256 (test helper)', () => {
  it('matches the code page table', () => {
    expect(Array.from(encodeWindows1256(HELLO))).toEqual(HELLO_1256);
  });
});

interface Case {
  name: string;
  bytes: Uint8Array;
  charset: string;
  contains: string;
}

const cases: Case[] = [
  {
    name: 'UTF-8 declared in <meta charset>',
    bytes: utf8(page('<meta charset="utf-8">', HELLO)),
    charset: 'utf-8',
    contains: HELLO,
  },
  {
    name: 'UTF-8 with a BOM and no declaration',
    bytes: concat([0xef, 0xbb, 0xbf], utf8(page('', HELLO))),
    charset: 'utf-8',
    contains: HELLO,
  },
  {
    name: 'UTF-8 with a BOM that contradicts the <meta> (the BOM wins)',
    bytes: concat([0xef, 0xbb, 0xbf], utf8(page('<meta charset="windows-1256">', HELLO))),
    charset: 'utf-8',
    contains: HELLO,
  },
  {
    name: 'UTF-16LE with a BOM',
    bytes: concat([0xff, 0xfe], Buffer.from(page('', HELLO), 'utf16le')),
    charset: 'utf-16le',
    contains: HELLO,
  },
  {
    name: 'windows-1256 declared in <meta charset>',
    bytes: pageWithBytes('<meta charset="windows-1256">', HELLO_1256),
    charset: 'windows-1256',
    contains: HELLO,
  },
  {
    name: 'windows-1256 declared in <meta http-equiv="Content-Type">',
    bytes: encodeWindows1256(
      page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', HELLO),
    ),
    charset: 'windows-1256',
    contains: HELLO,
  },
  {
    name: 'an alias label, unquoted, in upper case (CP1256)',
    bytes: encodeWindows1256(page('<META CHARSET=CP1256>', HELLO)),
    charset: 'windows-1256',
    contains: HELLO,
  },
  {
    name: 'iso-8859-6 declared in http-equiv with a quoted charset',
    // 'مرحبا' in iso-8859-6.
    bytes: pageWithBytes(
      `<meta http-equiv=content-type content='text/html; charset="iso-8859-6"'>`,
      [0xe5, 0xd1, 0xcd, 0xc8, 0xc7],
    ),
    charset: 'iso-8859-6',
    contains: HELLO,
  },
  {
    name: 'a late windows-1256 declaration over bytes that are valid UTF-8 (read as UTF-8)',
    bytes: utf8(page(`${padding}<meta charset="windows-1256">`, HELLO)),
    charset: 'utf-8',
    contains: HELLO,
  },
  {
    name: 'a late windows-1256 declaration over windows-1256 bytes',
    bytes: encodeWindows1256(page(`${padding}<meta charset="windows-1256">`, HELLO)),
    charset: 'windows-1256',
    contains: HELLO,
  },
  {
    name: 'invalid UTF-8 and no declaration (windows-1252)',
    bytes: pageWithBytes('', [0x63, 0x61, 0x66, 0xe9]),
    charset: 'windows-1252',
    contains: 'café',
  },
  {
    name: 'a <meta> inside a comment is not a declaration',
    bytes: utf8(page('<!-- <meta charset="windows-1256"> -->', HELLO)),
    charset: 'utf-8',
    contains: HELLO,
  },
  {
    name: 'a <meta> inside another tag’s attribute is not a declaration',
    bytes: utf8(page('<link title="<meta charset=windows-1256>">', HELLO)),
    charset: 'utf-8',
    contains: HELLO,
  },
  {
    name: 'content="…charset=…" without http-equiv is not a declaration',
    bytes: utf8(page('<meta name="x" content="text/html; charset=windows-1256">', HELLO)),
    charset: 'utf-8',
    contains: HELLO,
  },
  {
    name: 'UTF-16 declared in ASCII bytes (read as UTF-8, as the standard says)',
    bytes: utf8(page('<meta charset="utf-16">', HELLO)),
    charset: 'utf-8',
    contains: HELLO,
  },
];

describe('decodePage', () => {
  it.each(cases)('$name → $charset', ({ bytes, charset, contains }) => {
    const decoded = decodePage(bytes);
    expect(decoded.charset).toBe(charset);
    expect(decoded.html).toContain(contains);
    expect(decoded.html.startsWith('\uFEFF')).toBe(false);
    expect(decoded.warning).toBeUndefined();
  });

  it('reads an unknown declared charset as UTF-8, with a warning', () => {
    const decoded = decodePage(utf8(page('<meta charset="klingon-8">', HELLO)));
    expect(decoded).toMatchObject({ charset: 'utf-8', warning: expect.stringContaining('klingon-8') });
    expect(decoded.html).toContain(HELLO);
  });
});

describe('readPage', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qari-read-page-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    { file: 'page.html', encode: (bytes: Uint8Array): Uint8Array => bytes },
    { file: 'page.html.gz', encode: (bytes: Uint8Array): Uint8Array => gzipSync(bytes) },
  ])('reads $file', async ({ file, encode }) => {
    const path = join(dir, file);
    await writeFile(path, encode(encodeWindows1256(page('<meta charset="windows-1256">', HELLO))));
    const decoded = await readPage(path);
    expect(decoded.charset).toBe('windows-1256');
    expect(decoded.html).toContain(`<p>${HELLO}</p>`);
  });

  it('rejects a missing file', async () => {
    await expect(readPage(join(dir, 'missing.html'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
