import { type Open311Document, Open311List, type Open311Value } from './open311-document.js';

/** The XML 1.0 `Char` production: tab, LF, CR and the planes minus surrogates, U+FFFE and U+FFFF. */
function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML character data: markup characters escaped, and characters XML cannot represent
 * (a stray control character in a citizen's description) replaced by U+FFFD so the document stays
 * well-formed for every parser.
 *
 * @example escapeXmlText('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXmlText(text: string): string {
  let escaped = '';
  for (const char of text) {
    escaped += isXmlCharacter(char.codePointAt(0) ?? 0) ? (entities[char] ?? char) : '\uFFFD';
  }
  return escaped;
}

/**
 * The document as GeoReport v2 XML: UTF-8 declaration, schemaless elements named as in the spec,
 * null as an empty element (`<account_id/>`), booleans as true / false.
 */
export function renderOpen311Xml(document: Open311Document): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>'];
  writeElement(lines, document.root, document.body, '');
  return `${lines.join('\n')}\n`;
}

function writeElement(lines: string[], name: string, value: Open311Value, indent: string): void {
  if (value === null) {
    lines.push(`${indent}<${name}/>`);
  } else if (value instanceof Open311List) {
    lines.push(`${indent}<${name}>`);
    for (const item of value.items) writeElement(lines, value.itemName, item, `${indent}  `);
    lines.push(`${indent}</${name}>`);
  } else if (typeof value === 'object') {
    lines.push(`${indent}<${name}>`);
    for (const [field, child] of Object.entries(value)) writeElement(lines, field, child, `${indent}  `);
    lines.push(`${indent}</${name}>`);
  } else {
    lines.push(`${indent}<${name}>${escapeXmlText(String(value))}</${name}>`);
  }
}
