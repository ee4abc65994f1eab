let table: Map<string, number[]> | null = null;

/**
 * Encodes text as GBK, the code page of Chinese Windows, for shapefile fixtures (Node can decode
 * GBK but not encode it). The table is built once by decoding every two-byte GBK sequence.
 */
export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = table.get(char);
      if (!encoded) throw new Error(`${char} has no GBK encoding`);
      bytes.push(...encoded);
    }
  }
  return new Uint8Array(bytes);
}

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  return map;
}
