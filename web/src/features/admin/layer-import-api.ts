import { graphqlMultipartRequest } from '../../api/graphql-multipart';
import type { ImportReport, LayerImportRequest } from './layer-import-types';

const IMPORT_LAYER = /* GraphQL */ `
  mutation ImportLayer(
    $file: File!, $layer: LayerKind!, $crs: InputCrs!, $dryRun: Boolean, $codeField: String, $nameField: String
  ) {
    importLayer(file: $file, layer: $layer, crs: $crs, dryRun: $dryRun, codeField: $codeField, nameField: $nameField) {
      ok dryRun layer crs format sourceName featureCount errorCount listLimit
      errors { featureIndex code problem message detail }
      summary { problem count }
      gapCount
      gaps { parentCode parentName uncoveredM2 uncoveredRatio location message }
      warnings { warning message }
      written retired layerImportId
    }
  }
`;

/**
 * Sends a layer file to be checked (`dryRun`) or imported. A file the API cannot read at all
 * rejects (INVALID_FILE, UNSUPPORTED_CRS, PAYLOAD_TOO_LARGE, IMPORT_IN_PROGRESS); a readable file
 * with bad features resolves with `ok: false` and the report.
 */
export async function importLayerFile(file: File, request: LayerImportRequest): Promise<ImportReport> {
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const data = await graphqlMultipartRequest<{ importLayer: ImportReport }>(
    IMPORT_LAYER,
    {
      file: null,
      layer: request.layer,
      crs: request.crs,
      dryRun: request.dryRun,
      codeField: blankToNull(request.codeField),
      nameField: blankToNull(request.nameField),
    },
    [{ path: 'variables.file', file }],
  );
  return data.importLayer;
}
