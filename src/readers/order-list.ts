/**
 * 交易管理 → 所有订单 (All orders): order number, buyer, amount, status, dates, tags (RTS,
 * 到货保障/arrival guarantee, 样品/sample), export method, destination, drafted by (issue 3 §3).
 * A tag that is shown sets its flag to true. A missing RTS / 到货保障 tag means false only when the
 * page shows the tags column for this row set: the column is there and some row carries a tag we
 * know (review item 5; R2's denominator, pure RTS orders, depends on it). Otherwise it stays
 * unknown (never guessed). 样品 and 信保 stay true-or-unknown (the merge assumes the ordinary case).
 */
import { parseAmountUsd, parseCountry, parseDate, parseDraftedBy, parseExportMethod, parseOrderStatus, parseTradeTerm, parseTransport } from '../portal/text';
import { noTable } from './diagnostics';
import { cellTags } from './page';
import { defined, pickTable, readOrderRows, pickColumns } from './rows';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import type { TableSpec } from './mapping';

export const ORDER_LIST_TABLE: TableSpec = {
  name: 'order-list',
  fields: ['orderId', 'buyer', 'amountUsd', 'status', 'paidAt', 'shippedAt', 'tags', 'exportMethod', 'transport', 'tradeTerm', 'destination', 'draftedBy', 'orderDate', 'actions'],
  required: ['orderId', 'status'],
};

const TAG_RTS = ['rts', 'ready to ship', '现货', 'ready-to-ship'];
const TAG_GUARANTEE = ['到货保障', 'arrival guarantee', 'on-time delivery guarantee', 'guaranteed delivery'];
const TAG_SAMPLE = ['样品', '样品单', 'sample', 'sample order'];
const TAG_TA = ['信保', '信用保障', 'trade assurance'];

export const orderList: PageReader = {
  kind: 'order-list',
  urlHints: [/order[-_]?list/i, /all[-_]?orders/i],
  byText: (text) => (/所有订单|all orders/i.test(text) ? 2 : 0),
  byStructure: {
    most: 3,
    score(doc) {
      let score = 0;
      const t = pickColumns(doc, ORDER_LIST_TABLE, 3);
      // An order table; its status column makes it the all-orders list even without the title.
      if (t && t.columns.orderId !== undefined) score += t.columns.status !== undefined ? 3 : 2;
      if (/物流是否可追踪|纠纷单号/.test(t?.table.headers.join(' ') ?? '')) score -= 3;
      return score;
    },
  },
  read(doc): ReaderOutput {
    const picked = pickTable(doc, ORDER_LIST_TABLE);
    if (!picked) return emptyOutput([noTable({ zh: '订单', en: 'order' })]);
    const { table, columns, diagnostics } = picked;
    const out = emptyOutput(diagnostics);
    const tagsOf = (cell: Element | undefined) => cellTags(cell).map((t) => t.toLowerCase());
    const KNOWN_TAGS = [...TAG_RTS, ...TAG_GUARANTEE, ...TAG_SAMPLE, ...TAG_TA];
    const tagsShown = columns.tags !== undefined
      && table.rows.some((row) => tagsOf(row.cells[columns.tags!]).some((t) => KNOWN_TAGS.includes(t)));
    readOrderRows(picked, out, (r) => {
      const tagCell = r.has('tags') ? r.cell('tags') : undefined;
      const tags = tagCell ? tagsOf(tagCell) : [];
      const tagged = (names: string[]) => (tags.some((t) => names.includes(t)) ? true : undefined);
      // This row's tag cell is rendered in a column that shows tags: no tag = not tagged.
      const taggedOrNot = (names: string[]) => tagged(names) ?? (tagsShown && tagCell ? false : undefined);
      const buyer = r.text('buyer');
      return {
        buyer: buyer || undefined,
        amountUsd: r.value('amountUsd', parseAmountUsd),
        status: r.value('status', parseOrderStatus),
        paidAt: r.value('paidAt', parseDate),
        shippedAt: r.value('shippedAt', parseDate),
        destination: r.value('destination', parseCountry),
        exportMethod: r.value('exportMethod', parseExportMethod),
        transport: r.value('transport', parseTransport),
        tradeTerm: r.value('tradeTerm', parseTradeTerm),
        draftedBy: r.value('draftedBy', parseDraftedBy),
        allItemsRts: taggedOrNot(TAG_RTS),
        arrivalGuarantee: taggedOrNot(TAG_GUARANTEE),
        sample: tagged(TAG_SAMPLE),
        tradeAssurance: tagged(TAG_TA),
      };
    });
    return out;
  },
};
