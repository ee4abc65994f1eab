import { useT } from '../../i18n';
import type { AdminError } from './admin-error';
import { AdminField } from './admin-field';

/** One input of a row: which text of the row it edits, under what label, and whether it is a date. */
export interface ArrangementColumn<Row> {
  key: keyof Row & string;
  label: string;
  type?: 'date';
}

interface ArrangementRowsProps<Row> {
  heading: string;
  /** The API's name of the list, so the fields are named `holidays[2].from` as its refusals name them. */
  list: string;
  rows: readonly Row[];
  columns: readonly ArrangementColumn<Row>[];
  /** The row a click on the add button appends. */
  blank: Row;
  addLabel: string;
  /** Applies an edit to the list as it is when React runs it, so quick edits do not overwrite each other. */
  onChange: (update: (rows: readonly Row[]) => Row[]) => void;
  error: AdminError | null;
}

/**
 * An editable list of rows of a year's 放假安排 (festival ranges, make-up working days): the
 * lists differ only in their inputs, so both are one component that is told its columns.
 */
export function ArrangementRows<Row extends { [K in keyof Row]: string }>({
  heading,
  list,
  rows,
  columns,
  blank,
  addLabel,
  onChange,
  error,
}: ArrangementRowsProps<Row>) {
  const t = useT();
  const edit = (index: number, key: keyof Row, value: string) =>
    onChange((all) => all.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <>
      <h4 className="admin-subheading">{heading}</h4>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; the API names them by index too
        <div key={index} className="admin-row">
          {columns.map(({ key, label, type }) => (
            <AdminField key={key} label={label} field={`${list}[${index}].${key}`} error={error}>
              <input type={type} value={row[key]} onChange={(e) => edit(index, key, e.target.value)} />
            </AdminField>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange((all) => all.filter((_, i) => i !== index))}
          >
            {t('admin.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={() => onChange((all) => [...all, blank])}>
        {addLabel}
      </button>
    </>
  );
}
