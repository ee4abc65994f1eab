import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useLocalName } from '../cases/use-local-name';
import type { CategoryChoice, ConditionChoice } from './category-choices';
import { type PickCounts, picksOf, rankCategoryChoices } from './rank-category-choices';

/** Enough to pick with a thumb without scrolling far; typing narrows the rest. */
const SHOWN = 12;

export interface CategorySelection {
  choice: CategoryChoice;
  condition: ConditionChoice;
}

interface CategoryPickerProps {
  choices: readonly CategoryChoice[];
  counts: PickCounts;
  selection: CategorySelection | null;
  onSelect: (selection: CategorySelection | null) => void;
}

/**
 * 问题类别: a search box (Chinese, pinyin initials or English) over the minor classes, the
 * officer's frequent ones first; once chosen, the class with its filing conditions to choose from
 * (the most used one preselected).
 */
export function CategoryPicker({ choices, counts, selection, onSelect }: CategoryPickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const ranked = useMemo(() => rankCategoryChoices(choices, query, counts), [choices, query, counts]);
  if (selection !== null) {
    return <ChosenCategory selection={selection} counts={counts} onSelect={onSelect} />;
  }
  return (
    <div className="category-picker">
      <label className="report-field">
        <span className="visually-hidden">{t('report.category.search')}</span>
        <input
          type="search"
          name="category-search"
          className="report-input"
          placeholder={t('report.category.searchPlaceholder')}
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {ranked.length === 0 ? (
        <p className="report-muted">{t('report.category.none')}</p>
      ) : (
        <ul className="category-picker__list">
          {ranked.slice(0, SHOWN).map((choice) => (
            <li key={choice.key}>
              <ChoiceButton
                choice={choice}
                isFrequent={picksOf(choice, counts) > 0}
                onPick={() => onSelect({ choice, condition: mostPicked(choice, counts) })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ChoiceButton({
  choice,
  isFrequent,
  onPick,
}: {
  choice: CategoryChoice;
  isFrequent: boolean;
  onPick: () => void;
}) {
  const t = useT();
  const localName = useLocalName();
  return (
    <button
      type="button"
      className="category-picker__option"
      data-testid="category-option"
      data-name={choice.name}
      onClick={onPick}
    >
      <span className="category-picker__name">{localName(choice)}</span>
      <span className="category-picker__major">
        {t(`report.category.kind.${choice.kind}`)} · {localName({ name: choice.majorName, nameEn: choice.majorNameEn })}
      </span>
      {isFrequent && <span className="category-picker__tag">{t('report.category.frequent')}</span>}
    </button>
  );
}

function ChosenCategory({
  selection,
  counts,
  onSelect,
}: Omit<CategoryPickerProps, 'choices'> & { selection: CategorySelection }) {
  const t = useT();
  const localName = useLocalName();
  const name = useId();
  const { choice, condition } = selection;
  return (
    <div className="category-picker category-picker--chosen" data-testid="category-chosen" data-name={choice.name}>
      <p className="category-picker__chosen">
        <strong>{localName(choice)}</strong>
        <span className="category-picker__major">
          {localName({ name: choice.majorName, nameEn: choice.majorNameEn })}
        </span>
        <button type="button" className="button button--small" onClick={() => onSelect(null)}>
          {t('report.category.change')}
        </button>
      </p>
      <fieldset className="category-picker__conditions">
        <legend>{t('report.condition')}</legend>
        {byPicks(choice.conditions, counts).map((option) => (
          <label key={option.id} className="category-picker__condition">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={option.id === condition.id}
              onChange={() => onSelect({ choice, condition: option })}
            />
            <span>
              {option.description}
              {option.requiresPhoto && <span className="category-picker__tag">{t('report.condition.needsPhoto')}</span>}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** Conditions, the officer's most used first, then by code. */
function byPicks(conditions: readonly ConditionChoice[], counts: PickCounts): ConditionChoice[] {
  return [...conditions].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || a.code.localeCompare(b.code));
}

function mostPicked(choice: CategoryChoice, counts: PickCounts): ConditionChoice {
  const [first] = byPicks(choice.conditions, counts);
  if (first === undefined) throw new Error(`class ${choice.key} has no filing condition`);
  return first;
}
