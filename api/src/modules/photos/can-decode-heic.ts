import sharp from 'sharp';

/**
 * Whether this server's libvips can decode HEIC. sharp's prebuilt binaries carry libheif for AVIF
 * only (HEVC is patent-encumbered), so `sharp.format.heif` exists even where HEIC photos cannot be
 * read; the HEIF loader lists `.heic` among its suffixes only when an HEVC decoder is built in
 * (a globally installed libvips with libde265).
 */
export function canDecodeHeic(): boolean {
  return sharp.format.heif?.input.fileSuffix?.includes('.heic') ?? false;
}
