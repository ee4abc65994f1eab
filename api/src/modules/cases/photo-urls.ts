/** Where the photo routes serve a photo's three copies (see photos/photo-routes.ts). */
export function photoUrls(photoId: number) {
  return {
    thumbnail: `/photos/${photoId}/thumb`,
    public: `/photos/${photoId}/public`,
    original: `/photos/${photoId}/original`,
  };
}
