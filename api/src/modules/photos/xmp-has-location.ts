/**
 * Whether an XMP packet carries a GPS position. Photo editors and some phones copy the location
 * into XMP (`exif:GPSLatitude`) as well as EXIF, so checking EXIF alone could understate what the
 * original reveals. A text search suffices: the public copies drop XMP wholesale anyway.
 *
 * @example xmpHasLocation(new TextEncoder().encode('<rdf:Description exif:GPSLatitude="31,14.0N"/>')) // true
 */
export function xmpHasLocation(xmp: Uint8Array | undefined): boolean {
  if (!xmp) return false;
  return /GPS(Latitude|Longitude)\b/.test(new TextDecoder().decode(xmp));
}
