import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, useMapEvents } from 'react-leaflet';
import { useT } from '../../i18n';
import { type AreaFeature, fetchGridAt } from '../map';
import { isErrorOffForm } from './admin-error';
import { AdminErrorText } from './admin-error-text';
import { AdminField } from './admin-field';
import { AdminMap } from './admin-map';
import {
  type GenerationForm,
  generationFormProblem,
  INITIAL_GENERATION_FORM,
  toGenerationRequest,
} from './generation-form';
import { GenerationReportView } from './generation-report-view';
import { boxOfGeometries } from './geometry-box';
import { fetchScopeOutline, type GenerationReport, generateUnitGrids } from './grid-generation-api';
import { useAdminEditForm } from './use-admin-edit-form';

const FIELDS = ['scopeCode', 'targetAreaM2', 'sliverRatio', 'beatSize'];
const SCOPE_STYLE: PathOptions = { color: '#c62828', weight: 3, fillColor: '#c62828', fillOpacity: 0.06 };

/**
 * 网格生成: cuts a district's or street's communities into unit grids of about the target area and
 * groups them into responsibility grids. A preview (dry run) gives the counts; only the previewed
 * options can then be generated, which retires the scope's current grids.
 */
export function GridGenerationPage() {
  const t = useT();
  const { form, set, save, isBusy, error, setError, clearError } = useAdminEditForm<GenerationForm>(
    () => INITIAL_GENERATION_FORM,
  );
  const [report, setReport] = useState<GenerationReport | null>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [tilesVersion, setTilesVersion] = useState(0);
  const scope = useScopeOutline(form.scopeCode.trim());
  const box = useMemo(() => (scope ? boxOfGeometries([scope.geometry]) : undefined), [scope]);
  const formKey = JSON.stringify(toGenerationRequest(form, true));

  const edit = (patch: Partial<GenerationForm>) => {
    set(patch);
    clearError();
  };
  const run = async (dryRun: boolean) => {
    const problem = generationFormProblem(form);
    if (problem !== null) return setError(problem);
    const holder: { report?: GenerationReport } = {};
    const sent = await save(async () => {
      holder.report = await generateUnitGrids(toGenerationRequest(form, dryRun));
    });
    setReport(sent ? (holder.report ?? null) : null);
    setPreviewed(sent && dryRun ? formKey : null);
    if (sent && !dryRun) setTilesVersion((version) => version + 1);
  };
  const number = (field: 'targetAreaM2' | 'sliverRatio' | 'beatSize') => (
    <input name={field} inputMode="decimal" value={form[field]} onChange={(e) => edit({ [field]: e.target.value })} />
  );

  return (
    <div className="admin-split admin-split--even">
      <div className="admin-split__side admin-stack">
        <h2 className="admin-heading">{t('admin.nav.gridGeneration')}</h2>
        <form
          className="admin-form"
          onSubmit={(event) => event.preventDefault()}
          noValidate
          data-testid="generation-form"
        >
          <div className="admin-form__fields">
            <AdminField
              label={t('admin.gridGeneration.scope')}
              field="scopeCode"
              error={error}
              hint={
                scope
                  ? `${scope.properties.name} · ${t('admin.gridGeneration.scopeHint')}`
                  : t('admin.gridGeneration.scopeHint')
              }
            >
              <input
                name="scopeCode"
                inputMode="numeric"
                value={form.scopeCode}
                onChange={(e) => edit({ scopeCode: e.target.value })}
              />
            </AdminField>
            <AdminField label={t('admin.gridGeneration.targetArea')} field="targetAreaM2" error={error}>
              {number('targetAreaM2')}
            </AdminField>
            <AdminField
              label={t('admin.gridGeneration.sliverRatio')}
              field="sliverRatio"
              error={error}
              hint={t('admin.gridGeneration.sliverHint')}
            >
              {number('sliverRatio')}
            </AdminField>
            <AdminField
              label={t('admin.gridGeneration.beatSize')}
              field="beatSize"
              error={error}
              hint={t('admin.gridGeneration.beatSizeHint')}
            >
              {number('beatSize')}
            </AdminField>
          </div>
          {error !== null && isErrorOffForm(error, FIELDS) && (
            <p className="admin-form__error">
              <AdminErrorText error={error} testId="generation-error" />
            </p>
          )}
          <div className="admin-form__buttons">
            <button
              type="button"
              className="button"
              disabled={isBusy}
              onClick={() => run(true)}
              data-testid="generation-preview"
            >
              {t('admin.gridGeneration.preview')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={isBusy || previewed !== formKey}
              title={t('admin.gridGeneration.generateHint')}
              onClick={() => run(false)}
              data-testid="generation-run"
            >
              {isBusy ? t('admin.saving') : t('admin.gridGeneration.generate')}
            </button>
          </div>
        </form>
        {report !== null && <GenerationReportView report={report} />}
      </div>
      <div className="admin-split__main">
        <AdminMap box={box} tilesVersion={tilesVersion} testId="generation-map">
          {scope && (
            <GeoJSON key={scope.properties.code} data={scope.geometry} style={SCOPE_STYLE} interactive={false} />
          )}
          <PickScope onPick={(scopeCode) => edit({ scopeCode })} />
        </AdminMap>
        <p className="admin-map-legend">{t('admin.gridGeneration.mapHint')}</p>
      </div>
    </div>
  );
}

/** The outline of the typed scope, once the code is a whole district or street code. */
function useScopeOutline(code: string): AreaFeature | null {
  const [outline, setOutline] = useState<AreaFeature | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetchScopeOutline(code, controller.signal).then(
      (feature) => {
        if (!controller.signal.aborted) setOutline(feature);
      },
      () => {
        if (!controller.signal.aborted) setOutline(null);
      },
    );
    return () => controller.abort();
  }, [code]);
  return outline;
}

/** A click on the map picks the street there (or its district when it has no street). */
function PickScope({ onPick }: { onPick: (scopeCode: string) => void }) {
  useMapEvents({
    click: (event: LeafletMouseEvent) => {
      fetchGridAt([event.latlng.lng, event.latlng.lat]).then(
        (found) => {
          if (found === 'outside') return;
          const code = found.street?.code ?? found.district?.code;
          if (code !== undefined) onPick(code);
        },
        (reason: unknown) => console.error('gridAt failed', reason),
      );
    },
  });
  return null;
}
