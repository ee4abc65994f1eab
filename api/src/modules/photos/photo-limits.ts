/**
 * What one photo, and one action's batch of photos, may weigh. The defaults suit phone cameras
 * (a 12–48 MP shot is 2–8 MB as JPEG) while keeping a decode within a few hundred MB of memory on
 * the 2-core server. Tests and deployments pass their own.
 */
export interface PhotoLimits {
  /** Bytes per uploaded photo, checked before anything is decoded. */
  maxBytes: number;
  /** Photos attached by one action (a report, a handling note): the 九宫格 of a phone gallery. */
  maxPhotosPerAction: number;
  /**
   * Width × height of the decoded image. A compressed file can be tiny and still declare a huge
   * canvas (a "pixel bomb"); this bounds the memory one decode may take.
   */
  maxPixels: number;
}

/** 10 MB, 9 photos, 40 megapixels. */
export const defaultPhotoLimits: PhotoLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPhotosPerAction: 9,
  maxPixels: 40_000_000,
};
