import { useT } from '../../i18n';
import type { MajorCategory, MinorCategory } from './category-types';
import './category-tree.css';

interface CategoryTreeProps {
  majors: readonly MajorCategory[];
  selectedId: number | null;
  onSelect: (minor: MinorCategory) => void;
  onEditMajor: (major: MajorCategory) => void;
  onAddMinor: (major: MajorCategory) => void;
}

/**
 * 大类 → 小类 of one kind, every major open (a city has about a dozen, so the whole tree fits a
 * scroll); inactive classes stay listed, struck through, because old cases still carry them.
 */
export function CategoryTree({ majors, selectedId, onSelect, onEditMajor, onAddMinor }: CategoryTreeProps) {
  const t = useT();
  return (
    <ul className="category-tree" data-testid="category-tree">
      {majors.map((major) => (
        <li key={major.id} className="category-tree__major">
          <div className="category-tree__major-row">
            <span className={major.isActive ? '' : 'admin-inactive'}>
              <code>{major.code}</code> {major.name}
            </span>
            <button type="button" className="button button--small" onClick={() => onEditMajor(major)}>
              {t('admin.edit')}
            </button>
            <button type="button" className="button button--small" onClick={() => onAddMinor(major)}>
              {t('admin.categories.addMinor')}
            </button>
          </div>
          <ul className="category-tree__minors">
            {major.children.map((minor) => (
              <li key={minor.id}>
                <button
                  type="button"
                  className={`category-tree__minor${minor.isActive ? '' : ' admin-inactive'}`}
                  aria-current={minor.id === selectedId ? 'true' : undefined}
                  data-testid="category-minor"
                  data-name={minor.name}
                  onClick={() => onSelect(minor)}
                >
                  <code>{minor.code}</code> {minor.name}
                  <span className="category-tree__count">{minor.conditions.length}</span>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
