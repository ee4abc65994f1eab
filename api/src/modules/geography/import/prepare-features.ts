import { gcj02ToWgs84, transformGeometry } from '@gridloop/geo';
import type { StagedFeatureInput } from '@gridloop/prisma';
import { type CodeCheck, checkFeatureCode } from './check-feature-code.js';
import { checkFeatureGeometry } from './check-feature-geometry.js';
import type { ImportableLayer, InputCrs } from './import-options.js';
import { type FeatureProblem, featureProblem } from './import-problem.js';
import type { RawFeature } from './layer-file.js';
import { readFeatureAttribute } from './read-feature-attribute.js';

export interface PrepareOptions {
  layer: ImportableLayer;
  crs: InputCrs;
  codeFields: readonly string[];
  nameFields: readonly string[];
  /** Only codes starting with these digits may be imported (the importer's area); null: anywhere. */
  scopePrefix: string | null;
}

export interface PreparedFeatures {
  /** Features whose code and geometry are well-formed, in WGS84, ready for PostGIS. */
  staged: StagedFeatureInput[];
  problems: FeatureProblem[];
}

/**
 * The per-feature checks that need no database: the code attribute (present, well-formed, of the
 * layer's level, inside the importer's area: OUTSIDE_SCOPE otherwise) and the geometry's shape.
 * A feature may have both a code and a geometry problem; both are reported. Features without any
 * are converted to WGS84 when the file was declared GCJ-02 (AMap/DataV), so every later check and
 * the stored rows are WGS84.
 */
export function prepareFeatures(features: readonly RawFeature[], options: PrepareOptions): PreparedFeatures {
  const prepared: PreparedFeatures = { staged: [], problems: [] };
  for (const feature of features) {
    const rawCode = readFeatureAttribute(feature.properties, options.codeFields);
    const code = rawCode === null ? null : checkFeatureCode(options.layer, rawCode);
    const geometry = checkFeatureGeometry(feature.geometry);
    const codeProblem = describeCodeProblem(rawCode, code, options);
    if (codeProblem)
      prepared.problems.push(featureProblem(feature.index, rawCode, codeProblem.problem, codeProblem.message));
    if (!geometry.ok) {
      prepared.problems.push(
        featureProblem(feature.index, rawCode, geometry.problem, geometry.message, geometry.detail),
      );
    }
    if (codeProblem || !code?.ok || !geometry.ok) continue;
    prepared.staged.push({
      featureIndex: feature.index,
      code: code.code,
      name: readFeatureAttribute(feature.properties, options.nameFields),
      parentCodes: code.parentCodes,
      geometry: options.crs === 'GCJ02' ? transformGeometry(geometry.geometry, gcj02ToWgs84) : geometry.geometry,
    });
  }
  return prepared;
}

function describeCodeProblem(
  rawCode: string | null,
  code: CodeCheck | null,
  { codeFields, scopePrefix }: PrepareOptions,
): { problem: 'BAD_CODE' | 'OUTSIDE_SCOPE'; message: string } | null {
  if (code === null)
    return { problem: 'BAD_CODE', message: `The feature has no code attribute (looked for ${codeFields.join(', ')}).` };
  if (!code.ok) return { problem: 'BAD_CODE', message: code.message };
  if (scopePrefix && !code.code.replace(/^[A-Za-z]+/, '').startsWith(scopePrefix)) {
    return { problem: 'OUTSIDE_SCOPE', message: `${rawCode} lies outside your area (codes starting ${scopePrefix}).` };
  }
  return null;
}
