/**
 * How much area a check lets pass: a measured area is a problem only when it exceeds both
 * `m2` square metres and `ratio` of the reference area (the feature's, the smaller feature's or
 * the parent's). The absolute part absorbs digitising noise on small shapes; the relative part
 * absorbs datum-conversion and generalisation noise on large ones.
 */
export interface AreaTolerance {
  m2: number;
  ratio: number;
}
