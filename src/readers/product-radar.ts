/**
 * 商品雷达 (Product radar) rectification tasks: 问题产品, 负责人, 问题明细, 操作 with the remaining
 * days text ("7天后将被下架并扣分") and the appeal entry (seed 001, 知产商品雷达产品上线; RULES.md R6).
 * The page shows no task number: a task is keyed `<productId>:<kind>`. `issuedAt` comes from a
 * 下发时间 column when the page has one (never computed from the days left); `remainingDays` carries
 * the days-left text as shown (操作 or 整改期限 column).
 */
import type { ObservedRadarTask } from '../snapshot/observation';
import { checkRadarTask } from './check';
import { normalizeText, parseDateTime } from '../portal/text';
import { noTable, unparsableRow } from './diagnostics';
import { defined, pickTable, RowReader, validate, pickColumns } from './rows';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import type { TableSpec } from './mapping';

export const RADAR_TABLE: TableSpec = {
  name: 'product-radar',
  fields: ['product', 'owner', 'problem', 'issuedAt', 'deadline', 'actions'],
  required: ['product', 'problem'],
};

function productId(cell: Element | undefined): string | null {
  if (!cell) return null;
  const text = normalizeText(cell.textContent);
  const m = /(?:ID|产品ID|商品ID)\s*[:：]?\s*(\d{5,20})/i.exec(text);
  if (m) return m[1] ?? null;
  for (const a of Array.from(cell.querySelectorAll('a[href]'))) {
    const h = /(\d{8,20})\.html/.exec(a.getAttribute('href') ?? '') ?? /[?&](?:id|productId)=(\d{5,20})/.exec(a.getAttribute('href') ?? '');
    if (h) return h[1] ?? null;
  }
  return null;
}

function problemKind(text: string): 'ip_infringement' | 'false_info' | null {
  if (/知识产权|商标侵权|专利侵权|著作权|intellectual property|infring/i.test(text)) return 'ip_infringement';
  if (/虚假|价格作弊|moq|false (product )?info|misleading/i.test(text)) return 'false_info';
  return null;
}

function remainingDays(text: string): number | null {
  const m = /(\d+)\s*天后将被下架/.exec(text) ?? /(?:delisted|removed) in (\d+) days?/i.exec(text) ?? /(\d+) days? left/i.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * 商品审核中 / 审核中, 请等待 / 时间已结束, 但是商品仍处在审核中 (seed 001 整改动作 mocks); not
 * 审核不通过 (review over) nor 申诉中, 待人工审核 (an appeal, not a product review).
 */
export function productUnderReview(actions: string): boolean {
  return /审核中|product under review|under review|pending review/i.test(actions) && !/审核不通过|审核失败|review failed/i.test(actions);
}

export const productRadar: PageReader = {
  kind: 'product-radar',
  urlHints: [/radar/i],
  byText: (text) => (/商品雷达|product radar/i.test(text) ? 3 : 0),
  byStructure: {
    most: 2,
    score(doc) {
      const t = pickColumns(doc, RADAR_TABLE, 2);
      return t && t.columns.problem !== undefined && t.columns.product !== undefined ? 2 : 0;
    },
  },
  read(doc): ReaderOutput {
    const picked = pickTable(doc, RADAR_TABLE);
    if (!picked) return emptyOutput([noTable({ zh: '商品雷达任务', en: 'product radar task' })]);
    const { table, columns, diagnostics } = picked;
    const out = emptyOutput(diagnostics);
    if (columns.product === undefined || columns.problem === undefined) return out;
    for (const row of table.rows) {
      const r = new RowReader(row, columns, out.diagnostics);
      const pid = productId(r.cell('product'));
      const problem = r.text('problem') ?? '';
      const kind = problemKind(problem);
      if (!pid || !kind) {
        out.diagnostics.push(unparsableRow(row.index, row.texts.join(' | '), !pid ? 'no product id' : 'unknown problem type'));
        continue;
      }
      const actions = normalizeText(r.cell('actions')?.textContent ?? '');
      const appeal = r.appeal('actions');
      const task = validate<ObservedRadarTask>(checkRadarTask, defined({
        id: `${pid}:${kind}`,
        productId: pid,
        kind,
        // Seed 001 知产商品雷达产品上线 tells two states apart: 商品审核中 (the edited product is being
        // reviewed; an overdue task is not failed while it lasts) and 申诉中 (the one appeal per
        // task is in progress). Each tag sets its own field; a row without either is open.
        underReview: productUnderReview(actions),
        resolved: /已整改|整改完成|已完成整改|resolved|rectified/i.test(`${actions} ${r.text('deadline') ?? ''}`),
        // Any appeal state shown (申诉中/申诉失败/申诉通过) or a greyed entry: the one appeal is used.
        appealUsed: appeal.status !== undefined ? true : appeal.appealOpen === false ? true : appeal.appealOpen === true ? false : undefined,
        issuedAt: r.value('issuedAt', parseDateTime),
        remainingDays: remainingDays(`${actions} ${r.text('deadline') ?? ''} ${problem}`) ?? undefined,
        problem,
      }), row, out.diagnostics);
      if (task) out.radarTasks.push(task);
    }
    return out;
  },
};
