import { useState } from 'react';
import { useT } from '../../i18n';
import { CATEGORY_KINDS, type CategoryKind } from './admin-enums';
import { AdminLoadState } from './admin-load-state';
import { fetchCategoryTree } from './category-api';
import { CategoryEditor } from './category-editor';
import type { CategoryTarget } from './category-form';
import { CategoryTree } from './category-tree';
import type { FilingCondition, MajorCategory, MinorCategory } from './category-types';
import { FilingConditionEditor } from './filing-condition-editor';
import { FilingConditionTable } from './filing-condition-table';
import { useAdminQuery } from './use-admin-query';

type Editing = { what: 'class'; target: CategoryTarget } | { what: 'condition'; condition: FilingCondition | null };

/**
 * 类别与立案条件: the tree of one kind on the left; the chosen minor class with its filing
 * conditions on the right, and the form for whatever is being edited above them.
 */
export function CategoriesPage() {
  const t = useT();
  const tree = useAdminQuery('categories', fetchCategoryTree);
  const [kind, setKind] = useState<CategoryKind>('EVENT');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const majors = (tree.data ?? []).filter((major) => major.kind === kind);
  const selected = findMinor(majors, selectedId);
  const onSaved = () => {
    setEditing(null);
    tree.reload();
  };

  return (
    <div className="admin-split">
      <section className="admin-split__side" aria-label={t('admin.nav.categories')}>
        <div className="admin-toolbar">
          {CATEGORY_KINDS.map((value) => (
            <button
              key={value}
              type="button"
              className="admin-tab"
              aria-pressed={value === kind}
              onClick={() => setKind(value)}
            >
              {t(`categoryKind.${value}`)}
            </button>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setEditing({ what: 'class', target: { mode: 'create', kind, parent: null, siblings: majors } })
            }
          >
            {t('admin.categories.addMajor')}
          </button>
        </div>
        <AdminLoadState query={tree} />
        <CategoryTree
          majors={majors}
          selectedId={selectedId}
          onSelect={(minor) => {
            setSelectedId(minor.id);
            setEditing(null);
          }}
          onEditMajor={(major) => setEditing({ what: 'class', target: { mode: 'edit', category: major, kind } })}
          onAddMinor={(parent) =>
            setEditing({ what: 'class', target: { mode: 'create', kind, parent, siblings: parent.children } })
          }
        />
      </section>
      <section className="admin-split__main">
        {editing?.what === 'class' && (
          <CategoryEditor target={editing.target} onSaved={onSaved} onCancel={() => setEditing(null)} />
        )}
        {selected === null ? (
          <p className="admin-muted">{t('admin.categories.choose')}</p>
        ) : (
          <>
            <div className="admin-toolbar">
              <h3 className="admin-heading" data-testid="minor-heading">
                <code>{selected.code}</code> {selected.name}
              </h3>
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing({ what: 'class', target: { mode: 'edit', category: selected, kind } })}
              >
                {t('admin.categories.editClass')}
              </button>
              <button
                type="button"
                className="button button--small"
                data-testid="add-condition"
                onClick={() => setEditing({ what: 'condition', condition: null })}
              >
                {t('admin.conditions.add')}
              </button>
            </div>
            {editing?.what === 'condition' && (
              <FilingConditionEditor
                key={editing.condition?.id ?? 'new'}
                minor={selected}
                condition={editing.condition}
                onSaved={onSaved}
                onCancel={() => setEditing(null)}
              />
            )}
            <FilingConditionTable
              conditions={selected.conditions}
              editingId={editing?.what === 'condition' ? (editing.condition?.id ?? null) : null}
              onEdit={(condition) => setEditing({ what: 'condition', condition })}
            />
          </>
        )}
      </section>
    </div>
  );
}

function findMinor(majors: readonly MajorCategory[], id: number | null): MinorCategory | null {
  if (id === null) return null;
  for (const major of majors) {
    const minor = major.children.find((child) => child.id === id);
    if (minor) return minor;
  }
  return null;
}
