/**
 * 交易成长中心 → RTS商家有责纠纷 (seller-responsible dispute table): 担保单号, 订单金额, 订单时间,
 * 业务员, 纠纷单号, 纠纷类型/退款原因, 优化建议, plus the shown 有责纠纷率 and 有责纠纷单量
 * (seed 000, RTS市场卖家违背承诺行为管控规则 page mock; RULES.md R3). The dispute number and type
 * are kept as `dispute` on the order. When the table also shows 退款时间 (the demo portal does), the
 * row is a refund before shipment (the table lists 发货前商家有责订单, RULES.md R3) and becomes
 * `refund` with its reason, so the R3 gauge counts it; without that column `refund` stays unfilled.
 */
import { normalizeText, parseAmountUsd, parseCount, parseDate, parsePercent } from '../portal/text';
import { noTable } from './diagnostics';
import { parsedOnce } from './once';
import { pageTextBeside, textMatch } from './page';
import { defined, pickTable, readOrderRows, pickColumns } from './rows';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import type { TableSpec } from './mapping';
import type { PageFacts } from '../snapshot/observation';

export const DISPUTE_TABLE: TableSpec = {
  name: 'dispute-center',
  fields: ['orderId', 'amountUsd', 'orderDate', 'salesperson', 'disputeId', 'disputeType', 'refundAt', 'advice'],
  required: ['orderId', 'disputeId', 'disputeType'],
};

const DISPUTE_RATE = [/有责纠纷率\s*[:：]?\s*(\d+(?:\.\d+)?\s*%)/, /responsible dispute rate\s*[:：]?\s*(\d+(?:\.\d+)?\s*%)/i];
const DISPUTE_COUNT = [/有责纠纷单量\s*[:：]?\s*(\d+)/, /responsible disputes?(?: count)?\s*[:：]\s*(\d+)/i];

/** The dispute rate and count the page shows (pure: once per distinct text, parsedOnce). */
function disputeFacts(text: string): PageFacts {
  const rate = textMatch(text, DISPUTE_RATE);
  const count = textMatch(text, DISPUTE_COUNT);
  return defined({
    shownDisputeRate: rate ? parsePercent(rate) ?? undefined : undefined,
    shownDisputeCount: count ? parseCount(count) ?? undefined : undefined,
  });
}

export const disputeCenter: PageReader = {
  kind: 'dispute-center',
  urlHints: [/growth/i, /dispute/i],
  byText(text) {
    let score = 0;
    if (/有责纠纷|seller[- ]responsible dispute/i.test(text)) score += 2;
    if (/交易成长中心|trade growth cent(er|re)/i.test(text)) score += 1;
    if (/有责纠纷率|responsible dispute rate/i.test(text)) score += 1;
    return score;
  },
  byStructure: {
    most: 3,
    score(doc) {
      const t = pickColumns(doc, DISPUTE_TABLE, 2);
      return t && t.columns.disputeId !== undefined ? 3 : 0;
    },
  },
  read(doc, _url, text): ReaderOutput {
    const picked = pickTable(doc, DISPUTE_TABLE);
    if (!picked) return { ...emptyOutput([noTable({ zh: '有责纠纷', en: 'seller-responsible dispute' })]), facts: disputeFacts(text()) };
    const out: ReaderOutput = emptyOutput(picked.diagnostics);
    readOrderRows(picked, out, (r) => {
      const disputeId = r.text('disputeId');
      const disputeType = r.text('disputeType');
      const refundAt = r.value('refundAt', parseDate);
      return {
        tradeAssurance: true,
        amountUsd: r.value('amountUsd', parseAmountUsd),
        orderDate: r.value('orderDate', parseDate),
        dispute: disputeId || disputeType ? { id: disputeId ? normalizeText(disputeId) : null, type: disputeType ? normalizeText(disputeType) : null } : undefined,
        refund: refundAt && disputeType ? { at: refundAt, reason: normalizeText(disputeType), beforeShipment: true } : undefined,
      };
    });
    // The figures stand above the dispute table: read beside it once the rows are read (issue 16,
    // as the logistics page's).
    out.facts = parsedOnce(disputeFacts, pageTextBeside(doc, picked.table.root)) ?? undefined;
    return out;
  },
};
