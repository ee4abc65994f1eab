// @gridloop/geo: pure geometry and codes (no I/O). One export per file, re-exported here.

// Datums: WGS84 (GPS, storage) / GCJ-02 (AMap, DataV) / BD-09 (Baidu)
export { assertLngLat } from './assert-lng-lat.js';
export { bd09ToGcj02 } from './bd09-to-gcj02.js';
export { bd09ToWgs84 } from './bd09-to-wgs84.js';
// Codes: areas (GB/T 2260, NBS), unit grids, components
export { formatComponentId } from './format-component-id.js';
export { formatGridCode } from './format-grid-code.js';
export { gcj02ToBd09 } from './gcj02-to-bd09.js';
export { gcj02ToWgs84 } from './gcj02-to-wgs84.js';
export type {
  Geometry,
  GeometryCollection,
  LineString,
  LngLat,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from './geojson.js';
// Grid generation: numbering and grouping cells in a metric projection
export { groupIntoBeats } from './group-into-beats.js';
export { hilbertIndex } from './hilbert-index.js';
export { isGridCodeOf } from './is-grid-code-of.js';
export { isInsideChina } from './is-inside-china.js';
export { parentCodeOf } from './parent-code-of.js';
export { type AreaLevel, type ParsedAreaCode, parseAreaCode } from './parse-area-code.js';
export { type ComponentIdParts, parseComponentId } from './parse-component-id.js';
export { type ParsedGridCode, parseGridCode } from './parse-grid-code.js';
export type { PlanarPoint } from './planar-point.js';
export { readingOrder } from './reading-order.js';
export {
  type SameGeometryType,
  type TransformGeometryOptions,
  transformGeometry,
} from './transform-geometry.js';
export { wgs84ToBd09 } from './wgs84-to-bd09.js';
export { wgs84ToGcj02 } from './wgs84-to-gcj02.js';

// Work calendar: deadlines and elapsed time in working or natural time (处置时限)

export { addWorkingTime } from './calendar/add-working-time.js';
export { createWorkCalendar, type WorkCalendarOptions } from './calendar/create-work-calendar.js';
export {
  type DeadlineLight,
  type DeadlineProgress,
  type DeadlineProgressInput,
  deadlineProgress,
} from './calendar/deadline-progress.js';
export { defaultWorkCalendar } from './calendar/default-work-calendar.js';
export { type ElapsedTimeOptions, elapsedTime, type SuspendedInterval } from './calendar/elapsed-time.js';
export { instantOfWallClock } from './calendar/instant-of-wall-clock.js';
export { isWorkingDay } from './calendar/is-working-day.js';
export { localDateOf } from './calendar/local-date-of.js';
export { startOfLocalDay } from './calendar/start-of-local-day.js';
export { timeLimitMinutes } from './calendar/time-limit-minutes.js';
export { isWorkingTimeUnit, TIME_LIMIT_UNITS, type TimeLimitUnit } from './calendar/time-limit-unit.js';
export { wallClockOf } from './calendar/wall-clock-of.js';
export { warningInstant } from './calendar/warning-instant.js';
export type { IsoWeekday, WorkCalendar, WorkPeriod } from './calendar/work-calendar.js';
export { workingMinutesBetween } from './calendar/working-minutes-between.js';
