/** A parameter as node-postgres converts it: text, bytes (sent in binary format) or NULL. */
export type BindParameter = string | Uint8Array | null;

/** Message type 'B' of PostgreSQL's extended query protocol. */
const bindCode = 0x42;
/** Strings this short are checked for ASCII and copied in JavaScript; longer ones are encoded natively. */
const shortText = 64;

/**
 * The Bind message running the named statement `statement` with `parameters`, into the unnamed
 * portal, every result column in text format (as node-postgres's serializer writes it).
 *
 * Written in one pass into one buffer sized from an upper bound: a report binds ~60 parameters,
 * mostly short ASCII (ids, codes, instants, enum names), and the serializer's two native calls per
 * parameter (measure the UTF-8 length, then encode) were most of building the message. Short ASCII
 * text is copied byte by byte here, anything else encoded once with its length written after.
 */
export function bindMessage(statement: string, parameters: readonly BindParameter[]): Buffer {
  const count = parameters.length;
  // code, length, portal '\0', statement + '\0', format count, formats, value count, values, result formats
  let bound = 1 + 4 + 1 + 3 * statement.length + 1 + 2 + 2 * count + 2 + 4;
  for (const parameter of parameters) {
    bound += 4 + (parameter === null ? 0 : typeof parameter === 'string' ? 3 * parameter.length : parameter.length);
  }
  const buffer = Buffer.allocUnsafe(bound);
  buffer[0] = bindCode;
  let offset = 5;
  buffer[offset++] = 0; // the unnamed portal
  offset += buffer.write(statement, offset, 'utf8');
  buffer[offset++] = 0;
  offset = buffer.writeUInt16BE(count, offset);
  let formats = offset;
  offset = buffer.writeUInt16BE(count, offset + 2 * count);
  for (const parameter of parameters) {
    buffer[formats++] = 0;
    buffer[formats++] = parameter instanceof Uint8Array ? 1 : 0;
    if (parameter === null) {
      offset = buffer.writeInt32BE(-1, offset);
    } else if (typeof parameter === 'string') {
      const start = offset + 4;
      const end = writeText(buffer, parameter, start);
      buffer.writeInt32BE(end - start, offset);
      offset = end;
    } else {
      offset = buffer.writeInt32BE(parameter.length, offset);
      buffer.set(parameter, offset);
      offset += parameter.length;
    }
  }
  offset = buffer.writeUInt16BE(1, offset); // one result format for every column…
  offset = buffer.writeUInt16BE(0, offset); // …text
  buffer.writeInt32BE(offset - 1, 1);
  return buffer.subarray(0, offset);
}

/** Writes `text` as UTF-8 at `offset`; returns where it ends. */
function writeText(buffer: Buffer, text: string, offset: number): number {
  if (text.length <= shortText) {
    let end = offset;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) return offset + buffer.write(text, offset, 'utf8');
      buffer[end++] = code;
    }
    return end;
  }
  return offset + buffer.write(text, offset, 'utf8');
}
