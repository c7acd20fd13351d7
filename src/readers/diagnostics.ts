/** Diagnostic builders (issue 3): every message exists in zh (first) and en. */
import type { Diagnostic } from '../snapshot/observation';
import { FIELDS, type FieldId } from '../portal/headers';

export function missingColumn(field: FieldId, table: string): Diagnostic {
  const { zh, en } = FIELDS[field].label;
  return {
    level: 'error', code: 'missing-column',
    message: { zh: `此表格没有「${zh}」列`, en: `this table has no ${zh} (${en}) column` },
    detail: { column: zh, field, table },
  };
}

export function valueMismatch(field: FieldId, header: string, column: number, sample: string): Diagnostic {
  const { zh, en } = FIELDS[field].label;
  return {
    level: 'warning', code: 'value-mismatch',
    message: {
      zh: `「${header}」列的内容不像${zh}，已忽略该列`,
      en: `the "${header}" column does not hold ${en} values; the column was ignored`,
    },
    detail: { field, header, column, sample },
  };
}

export function ambiguousColumn(field: FieldId, columns: number[]): Diagnostic {
  const { zh, en } = FIELDS[field].label;
  return {
    level: 'warning', code: 'ambiguous-column',
    message: { zh: `有多列都像「${zh}」，均未使用`, en: `several columns look like ${zh} (${en}); none was used` },
    detail: { field, columns: columns.join(',') },
  };
}

export function unparsableRow(row: number, raw: string, reason: string): Diagnostic {
  return {
    level: 'warning', code: 'unparsable-row',
    message: { zh: `第 ${row + 1} 行无法读取：${reason}`, en: `row ${row + 1} could not be read: ${reason}` },
    detail: { row, raw: raw.slice(0, 300), reason },
  };
}

export function unparsableCell(row: number, field: FieldId, raw: string): Diagnostic {
  const { zh, en } = FIELDS[field].label;
  return {
    level: 'warning', code: 'unparsable-cell',
    message: { zh: `第 ${row + 1} 行的「${zh}」无法识别：${raw}`, en: `row ${row + 1}: the ${en} "${raw}" is not recognised` },
    detail: { row, field, raw: raw.slice(0, 200) },
  };
}

export function noTable(what: { zh: string; en: string }): Diagnostic {
  return {
    level: 'error', code: 'no-table',
    message: { zh: `页面上找不到${what.zh}表格`, en: `no ${what.en} table found on this page` },
  };
}

export function missingValue(what: { zh: string; en: string }, code = 'missing-value'): Diagnostic {
  return {
    level: 'error', code,
    message: { zh: `页面上找不到「${what.zh}」`, en: `this page does not show the ${what.en}` },
    detail: { value: what.zh },
  };
}

export function unknownPage(): Diagnostic {
  return {
    level: 'info', code: 'unknown-page',
    message: { zh: '这不是星级卫士能读取的页面', en: 'StarGuard does not read this page' },
  };
}

/** A column the seller taught no longer holds its field's values (issue 18): not used, and forgotten. */
export function taughtMismatch(field: FieldId, header: string, pageKind: string, sample: string): Diagnostic {
  return { ...valueMismatch(field, header, -1, sample), code: 'taught-column-mismatch', detail: { field, header, pageKind, sample: sample.slice(0, 80) } };
}
