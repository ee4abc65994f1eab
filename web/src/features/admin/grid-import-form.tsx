import { useState } from 'react';
import { useT } from '../../i18n';
import { INPUT_CRSES, type InputCrs, LAYER_KINDS, type LayerImportRequest, type LayerKind } from './layer-import-types';

interface GridImportFormProps {
  file: File | null;
  isBusy: boolean;
  /** True once this very file and these options passed a check. */
  canImport: (request: LayerImportRequest) => boolean;
  onFile: (file: File | null, request: LayerImportRequest) => void;
  onRun: (request: LayerImportRequest) => void;
}

/** The layer, file, datum and attribute names of an import, with 先校验 and 导入. */
export function GridImportForm({ file, isBusy, canImport, onFile, onRun }: GridImportFormProps) {
  const t = useT();
  const [layer, setLayer] = useState<LayerKind>('UNIT_GRID');
  const [crs, setCrs] = useState<InputCrs>('WGS84');
  const [codeField, setCodeField] = useState('');
  const [nameField, setNameField] = useState('');
  const request = (dryRun: boolean): LayerImportRequest => ({ layer, crs, dryRun, codeField, nameField });

  return (
    <form className="admin-form" onSubmit={(event) => event.preventDefault()} data-testid="grid-import-form">
      <div className="admin-form__fields">
        <label className="admin-field">
          <span className="admin-field__label">{t('admin.gridImport.layer')}</span>
          <select name="layer" value={layer} onChange={(e) => setLayer(e.target.value as LayerKind)}>
            {LAYER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`layerKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-field">
          <span className="admin-field__label">{t('admin.gridImport.crs')}</span>
          <select
            name="crs"
            value={crs}
            onChange={(e) => {
              setCrs(e.target.value as InputCrs);
              onFile(file, { ...request(true), crs: e.target.value as InputCrs });
            }}
          >
            {INPUT_CRSES.map((value) => (
              <option key={value} value={value}>
                {t(`inputCrs.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-field admin-field--wide">
          <span className="admin-field__label">{t('admin.gridImport.file')}</span>
          <input
            type="file"
            name="file"
            accept=".geojson,.json,.zip,application/geo+json,application/json,application/zip"
            onChange={(e) => onFile(e.target.files?.[0] ?? null, request(true))}
          />
          <small className="admin-field__hint">{t('admin.gridImport.fileHint')}</small>
        </label>
        <label className="admin-field">
          <span className="admin-field__label">{t('admin.gridImport.codeField')}</span>
          <input name="codeField" value={codeField} placeholder="code" onChange={(e) => setCodeField(e.target.value)} />
        </label>
        <label className="admin-field">
          <span className="admin-field__label">{t('admin.gridImport.nameField')}</span>
          <input name="nameField" value={nameField} placeholder="name" onChange={(e) => setNameField(e.target.value)} />
        </label>
      </div>
      <div className="admin-form__buttons">
        <button
          type="button"
          className="button"
          disabled={file === null || isBusy}
          onClick={() => onRun(request(true))}
          data-testid="import-check"
        >
          {t('admin.gridImport.check')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy || !canImport(request(true))}
          title={t('admin.gridImport.importHint')}
          onClick={() => onRun(request(false))}
          data-testid="import-run"
        >
          {isBusy ? t('admin.saving') : t('admin.gridImport.import')}
        </button>
      </div>
    </form>
  );
}
