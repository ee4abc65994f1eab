/** The BD-09 shift, without input checks; shared by gcj02ToBd09 and its inverse. */

const X_PI = (Math.PI * 3000) / 180;

/** GCJ-02 → BD-09 with the widely published formula. */
export function bd09Forward(lng: number, lat: number): [number, number] {
  const radius = Math.hypot(lng, lat) + 0.00002 * Math.sin(lat * X_PI);
  const angle = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
  return [radius * Math.cos(angle) + 0.0065, radius * Math.sin(angle) + 0.006];
}

/** BD-09 → GCJ-02 with the widely published closed form (approximate, within ~2e-6°). */
export function bd09InverseApprox(lng: number, lat: number): [number, number] {
  const x = lng - 0.0065;
  const y = lat - 0.006;
  const radius = Math.hypot(x, y) - 0.00002 * Math.sin(y * X_PI);
  const angle = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}
