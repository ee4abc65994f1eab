import { useT } from '../../i18n';
import type { AreaNode, AreaWithChildren } from './dashboard-types';

interface AreaPickerProps {
  /** From the viewer's own area down to the one shown. */
  trail: readonly AreaNode[];
  /** The shown area with its children, once loaded. */
  current: AreaWithChildren | undefined;
  onTrailChange: (trail: AreaNode[]) => void;
}

/**
 * 区域: where the dashboard looks. The leader starts at their own area and drills down one level
 * at a time (district → street → community); the breadcrumb climbs back, never above their area.
 */
export function AreaPicker({ trail, current, onTrailChange }: AreaPickerProps) {
  const t = useT();
  const children = current?.children ?? [];
  return (
    <div className="dashboard-area">
      <nav aria-label={t('dashboard.area.trail')} className="dashboard-area__trail">
        <ol>
          {trail.map((area, index) => (
            <li key={area.code}>
              {index === trail.length - 1 ? (
                <span aria-current="page" data-testid="area-current" data-code={area.code}>
                  {area.name}
                </span>
              ) : (
                <button
                  type="button"
                  className="dashboard-link"
                  onClick={() => onTrailChange(trail.slice(0, index + 1))}
                >
                  {area.name}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {children.length > 0 && (
        <label className="dashboard-field">
          <span>{t('dashboard.area.drill')}</span>
          <select
            value=""
            data-testid="area-drill"
            onChange={(event) => {
              const child = children.find((entry) => entry.code === event.target.value);
              if (child !== undefined) onTrailChange([...trail, child]);
            }}
          >
            <option value="">{t('dashboard.area.choose')}</option>
            {children.map((child) => (
              <option key={child.code} value={child.code}>
                {child.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
