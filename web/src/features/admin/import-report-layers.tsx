import type { PathOptions } from 'leaflet';
import { CircleMarker, GeoJSON, Tooltip } from 'react-leaflet';
import { toLatLng } from '../map';
import { problemLocationOf } from './import-problem-location';
import type { PreviewFeature } from './layer-file-preview';
import type { ImportReport } from './layer-import-types';

const FEATURE_STYLE: PathOptions = { color: '#1d4f8c', weight: 2, fillOpacity: 0.08 };
const WRITTEN_STYLE: PathOptions = { color: '#1e7d3a', weight: 2, fillColor: '#1e7d3a', fillOpacity: 0.2 };
const PROBLEM_STYLE: PathOptions = { color: '#c62828', weight: 3, fillColor: '#c62828', fillOpacity: 0.35 };
const SELECTED_STYLE: PathOptions = { color: '#7f0000', weight: 5, fillColor: '#c62828', fillOpacity: 0.5 };
const LOCATION_STYLE: PathOptions = { color: '#fff', weight: 2, fillColor: '#c62828', fillOpacity: 1 };
const GAP_STYLE: PathOptions = { color: '#fff', weight: 2, fillColor: '#e65100', fillOpacity: 1 };

interface ImportReportLayersProps {
  features: readonly PreviewFeature[];
  report: ImportReport | null;
  /** The feature the admin picked in the table, drawn on top and darker. */
  selectedIndex: number | null;
}

/**
 * The chosen file on the map: its polygons (red where the report blames them, green once written),
 * the points the API located problems at, and the gaps left in parent areas.
 */
export function ImportReportLayers({ features, report, selectedIndex }: ImportReportLayersProps) {
  const blamed = new Set(report?.errors.map((problem) => problem.featureIndex));
  const isWritten = report?.ok === true && !report.dryRun;
  const styleOf = (featureIndex: number): PathOptions => {
    if (featureIndex === selectedIndex) return SELECTED_STYLE;
    if (blamed.has(featureIndex)) return PROBLEM_STYLE;
    return isWritten ? WRITTEN_STYLE : FEATURE_STYLE;
  };
  // Blamed features last, so they are drawn over their neighbours.
  const ordered = [...features].sort((a, b) => Number(blamed.has(a.featureIndex)) - Number(blamed.has(b.featureIndex)));
  return (
    <>
      {ordered.map(({ featureIndex, geometry }) => (
        <GeoJSON
          // the style is part of the key: react-leaflet's GeoJSON does not restyle on prop change
          key={`${featureIndex}-${styleOf(featureIndex).color}-${isWritten}`}
          data={geometry}
          style={styleOf(featureIndex)}
          interactive={false}
        />
      ))}
      {report?.errors.map((problem, index) => {
        const at = problemLocationOf(problem);
        if (at === null) return null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a feature can have several problems at one point
          <CircleMarker key={index} center={toLatLng(at)} radius={7} pathOptions={LOCATION_STYLE}>
            <Tooltip>
              #{problem.featureIndex} {problem.problem}
            </Tooltip>
          </CircleMarker>
        );
      })}
      {report?.gaps.map((gap) =>
        gap.location === null ? null : (
          <CircleMarker key={gap.parentCode} center={toLatLng(gap.location)} radius={7} pathOptions={GAP_STYLE}>
            <Tooltip>{gap.parentName}</Tooltip>
          </CircleMarker>
        ),
      )}
    </>
  );
}
