import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { AdminErrorText } from './admin-error-text';
import { AdminMap } from './admin-map';
import { boxAroundPoint, boxOfGeometries } from './geometry-box';
import { GridImportForm } from './grid-import-form';
import { problemLocationOf } from './import-problem-location';
import { ImportReportLayers } from './import-report-layers';
import { ImportReportView } from './import-report-view';
import { isPreviewableFile, type PreviewFeature, previewFeaturesOf } from './layer-file-preview';
import { importLayerFile } from './layer-import-api';
import type { ImportReport, LayerImportRequest } from './layer-import-types';
import { useAdminSave } from './use-admin-save';

/** What the map looks at: the whole file, one blamed feature, or a point the API located. */
type Focus = { kind: 'file' } | { kind: 'problem'; index: number } | { kind: 'gap'; index: number };

const LOCATION_ZOOM_RADIUS_M = 60;

/**
 * 网格导入: an official layer from a GeoJSON or zipped shapefile. The file is checked first (a dry
 * run writes nothing); only a file that passed can be imported. The report lists each problem
 * and the map shows the file with the blamed features in red.
 */
export function GridImportPage() {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [features, setFeatures] = useState<PreviewFeature[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checkedRequest, setCheckedRequest] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus>({ kind: 'file' });
  const [tilesVersion, setTilesVersion] = useState(0);
  const { save, isBusy, error, clearError } = useAdminSave();

  const chooseFile = async (chosen: File | null, request: LayerImportRequest) => {
    setFile(chosen);
    setReport(null);
    setCheckedRequest(null);
    setFocus({ kind: 'file' });
    clearError();
    setFeatures(
      chosen !== null && isPreviewableFile(chosen) ? previewFeaturesOf(await chosen.text(), request.crs) : [],
    );
  };

  const run = async (request: LayerImportRequest) => {
    if (file === null) return;
    const holder: { report?: ImportReport } = {};
    const sent = await save(async () => {
      holder.report = await importLayerFile(file, request);
    });
    const received = holder.report;
    if (!sent || received === undefined) return setReport(null);
    setReport(received);
    setFocus({ kind: 'file' });
    setCheckedRequest(received.ok && received.dryRun ? requestKey(file, request) : null);
    if (received.ok && !received.dryRun) setTilesVersion((version) => version + 1);
  };

  const box = useMemo(() => {
    if (focus.kind === 'gap') {
      const at = report?.gaps[focus.index]?.location;
      return at ? boxAroundPoint(at, LOCATION_ZOOM_RADIUS_M * 4) : undefined;
    }
    if (focus.kind === 'problem') {
      const problem = report?.errors[focus.index];
      if (problem === undefined) return undefined;
      const at = problemLocationOf(problem);
      if (at !== null) return boxAroundPoint(at, LOCATION_ZOOM_RADIUS_M);
      const feature = features.find((preview) => preview.featureIndex === problem.featureIndex);
      return feature ? boxOfGeometries([feature.geometry]) : undefined;
    }
    return boxOfGeometries(features.map((feature) => feature.geometry));
  }, [focus, report, features]);

  const selectedIndex = focus.kind === 'problem' ? (report?.errors[focus.index]?.featureIndex ?? null) : null;
  return (
    <div className="admin-split admin-split--even">
      <div className="admin-split__side admin-stack">
        <h2 className="admin-heading">{t('admin.nav.gridImport')}</h2>
        <GridImportForm
          file={file}
          isBusy={isBusy}
          canImport={(request) => file !== null && checkedRequest === requestKey(file, request)}
          onFile={chooseFile}
          onRun={run}
        />
        {error !== null && (
          <p className="admin-form__error">
            <AdminErrorText error={error} testId="import-error" />
          </p>
        )}
        {report !== null && (
          <ImportReportView
            report={report}
            selectedIndex={selectedIndex}
            onSelect={(index) => setFocus({ kind: 'problem', index })}
            onSelectGap={(index) => setFocus({ kind: 'gap', index })}
          />
        )}
      </div>
      <div className="admin-split__main">
        <AdminMap box={box} tilesVersion={tilesVersion} testId="import-map">
          <ImportReportLayers features={features} report={report} selectedIndex={selectedIndex} />
        </AdminMap>
        <p className="admin-map-legend">
          <span>
            <span className="admin-map-legend__swatch" style={{ background: '#1d4f8c' }} />
            {t('admin.gridImport.legendFeature')}
          </span>
          <span>
            <span className="admin-map-legend__swatch" style={{ background: '#c62828' }} />
            {t('admin.gridImport.legendProblem')}
          </span>
          <span>
            <span className="admin-map-legend__swatch" style={{ background: '#e65100' }} />
            {t('admin.gridImport.legendGap')}
          </span>
        </p>
      </div>
    </div>
  );
}

/** The same file with the same options: what a passed check allows to import. */
function requestKey(file: File, request: LayerImportRequest): string {
  return JSON.stringify([
    file.name,
    file.size,
    file.lastModified,
    request.layer,
    request.crs,
    request.codeField,
    request.nameField,
  ]);
}
