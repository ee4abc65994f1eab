import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import type { LngLat } from '../map';
import { AdminLoadState } from './admin-load-state';
import { AdminMap } from './admin-map';
import { COMPONENT_LIST_LIMIT, fetchComponentClasses, fetchComponents } from './component-api';
import { ComponentEditor, type ComponentEditState } from './component-editor';
import { type ComponentForm, initialComponentForm, pointText } from './component-form';
import { ComponentLayers } from './component-layers';
import { ComponentTable } from './component-table';
import type { Component } from './component-types';
import { fetchDepartments } from './department-api';
import { parseNumberText } from './form-problem';
import { boxAroundPoint } from './geometry-box';
import { useAdminQuery } from './use-admin-query';
import { useAdminSave } from './use-admin-save';
import { useCityBox } from './use-city-box';

interface Filters {
  categoryId: string;
  departmentId: string;
  areaCode: string;
  search: string;
}

const NO_FILTERS: Filters = { categoryId: '', departmentId: '', areaCode: '', search: '' };

/**
 * 部件: the component inventory, filtered by class (asked of the API), owner, district and code
 * (narrowed here), with the components in the map's view. A component is added or edited beside
 * the list; while the editor is open a map click sets its point.
 */
export function ComponentsPage() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<Component | 'new' | null>(null);
  const editForm = useComponentEditForm();
  const open = (target: Component | 'new' | null) => {
    setEditing(target);
    editForm.reset(target === 'new' ? null : target);
  };
  const [version, setVersion] = useState(0);
  const categoryId = filters.categoryId === '' ? null : Number(filters.categoryId);
  const components = useAdminQuery(`components:${categoryId}:${version}`, (signal) =>
    fetchComponents(categoryId, signal),
  );
  const classes = useAdminQuery('component-classes', fetchComponentClasses);
  const departments = useAdminQuery('departments', fetchDepartments);
  const cityBox = useCityBox();

  const all = components.data ?? [];
  const areas = useMemo(() => [...new Map(all.map((c) => [c.area.code, c.area.name])).entries()].sort(), [all]);
  const search = filters.search.trim();
  const rows = all.filter(
    (component) =>
      (filters.departmentId === '' || String(component.ownerDepartment?.id) === filters.departmentId) &&
      (filters.areaCode === '' || component.area.code === filters.areaCode) &&
      (search === '' || component.code.includes(search) || (component.name ?? '').includes(search)),
  );

  const selected = editing === null || editing === 'new' ? null : editing;
  const box = useMemo(
    () => (selected ? boxAroundPoint([selected.lng, selected.lat], 150) : cityBox),
    [selected, cityBox],
  );
  const filter = (patch: Partial<Filters>) => setFilters((previous) => ({ ...previous, ...patch }));

  return (
    <div className="admin-split admin-split--even">
      <div className="admin-split__side admin-stack">
        <h2 className="admin-heading">{t('admin.nav.components')}</h2>
        <div className="admin-toolbar" data-testid="component-filters">
          <label className="admin-inline">
            {t('admin.component.class')}
            <select
              name="filterClass"
              value={filters.categoryId}
              onChange={(e) => filter({ categoryId: e.target.value })}
            >
              <option value="">{t('admin.all')}</option>
              {(classes.data ?? []).map((option) => (
                <option key={option.id} value={option.id}>
                  {option.code} {option.name}
                </option>
              ))}
            </select>
          </label>
          <label className="admin-inline">
            {t('admin.component.owner')}
            <select
              name="filterDepartment"
              value={filters.departmentId}
              onChange={(e) => filter({ departmentId: e.target.value })}
            >
              <option value="">{t('admin.all')}</option>
              {(departments.data ?? []).map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          </label>
          <label className="admin-inline">
            {t('admin.area')}
            <select name="filterArea" value={filters.areaCode} onChange={(e) => filter({ areaCode: e.target.value })}>
              <option value="">{t('admin.all')}</option>
              {areas.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="admin-inline">
            {t('admin.component.search')}
            <input
              name="search"
              type="search"
              value={filters.search}
              onChange={(e) => filter({ search: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="button button--small"
            onClick={() => open('new')}
            data-testid="component-add"
          >
            {t('admin.component.add')}
          </button>
        </div>
        <AdminLoadState query={components} />
        {editing !== null && (
          <ComponentEditor
            key={editing === 'new' ? 'new' : editing.id}
            component={selected}
            classes={classes.data ?? []}
            departments={departments.data ?? []}
            editing={editForm}
            onSaved={() => {
              open(null);
              setVersion((count) => count + 1);
            }}
            onCancel={() => open(null)}
          />
        )}
        {all.length >= COMPONENT_LIST_LIMIT && (
          <p className="admin-muted">{t('admin.component.listLimited', { limit: COMPONENT_LIST_LIMIT })}</p>
        )}
        <ComponentTable components={rows} selectedId={selected?.id ?? null} onEdit={open} />
      </div>
      <div className="admin-split__main">
        <AdminMap box={box} tilesVersion={0} testId="component-map">
          <ComponentLayers
            categoryId={categoryId}
            version={version}
            selectedId={selected?.id ?? null}
            point={editing === null ? null : pointOf(editForm.form)}
            onSelect={open}
            onMapClick={(at) => {
              if (editing !== null) editForm.set({ lng: pointText(at[0]), lat: pointText(at[1]) });
            }}
          />
        </AdminMap>
        <p className="admin-map-legend">{t('admin.component.mapHint')}</p>
      </div>
    </div>
  );
}

/** The editor's state lives here, not in the editor, so a click on the map can set the point. */
function useComponentEditForm(): ComponentEditState & { reset: (component: Component | null) => void } {
  const saving = useAdminSave();
  const [form, setForm] = useState<ComponentForm>(() => initialComponentForm(null));
  const set = (patch: Partial<ComponentForm>) => setForm((previous) => ({ ...previous, ...patch }));
  const reset = (component: Component | null) => {
    setForm(initialComponentForm(component));
    saving.clearError();
  };
  return { form, set, reset, ...saving };
}

/** The point typed or clicked so far, when both halves are numbers. */
function pointOf(form: ComponentForm): LngLat | null {
  const lng = parseNumberText(form.lng);
  const lat = parseNumberText(form.lat);
  return Number.isFinite(lng) && Number.isFinite(lat) ? [lng, lat] : null;
}
