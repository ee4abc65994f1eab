import { Prisma } from '../generated/prisma/client.js';

/** A photo already checked and stored, to be recorded with the event it belongs to. */
export interface PhotoRow {
  sha256: string;
  mimeType: string;
  byteSize: number;
  width: number;
  height: number;
  hasLocation: boolean;
  takenAt: Date | null;
}

/**
 * The `photo_rows` step of a case write: inserts the photos against the `event` CTE row (its id and
 * case_id) as one unnest of column arrays, so any number of photos costs no extra statement.
 */
export function photoRowsCte(photos: readonly PhotoRow[], uploaderId: number | null): Prisma.Sql {
  return Prisma.sql`photo_rows AS (
      INSERT INTO photo (sha256, mime_type, byte_size, width, height, has_location, taken_at, case_id, event_id, uploaded_by_id)
      SELECT p.sha256, p.mime_type, p.byte_size, p.width, p.height, p.has_location, p.taken_at, event.case_id, event.id,
        ${uploaderId}::int
      FROM event, unnest(${photos.map((p) => p.sha256)}::text[], ${photos.map((p) => p.mimeType)}::text[],
        ${photos.map((p) => p.byteSize)}::int[], ${photos.map((p) => p.width)}::int[], ${photos.map((p) => p.height)}::int[],
        ${photos.map((p) => p.hasLocation)}::bool[], ${photos.map((p) => p.takenAt)}::timestamptz[])
        AS p(sha256, mime_type, byte_size, width, height, has_location, taken_at)
      RETURNING id
    )`;
}
