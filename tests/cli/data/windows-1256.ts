/**
 * A windows-1256 encoder for test pages. Node can decode windows-1256 but not encode it, so the
 * table is the decoder's, inverted; tests check it against known bytes ('مرحبا' = E3 D1 CD C8 C7).
 */
const decoder = new TextDecoder('windows-1256');
const BYTE_OF = new Map<string, number>(
  Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte] as const),
);

/** The windows-1256 bytes of `text`; throws on a character the encoding does not have. */
export function encodeWindows1256(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (character) => {
    const byte = BYTE_OF.get(character);
    if (byte === undefined) {
      throw new Error(`No windows-1256 byte for U+${character.codePointAt(0)?.toString(16)}`);
    }
    return byte;
  });
}
