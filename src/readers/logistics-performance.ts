/**
 * 商家物流表现 → 我的订单 (Logistics performance): one row per TA order with 信保订单号, 目的国,
 * 出口方式, 物流方式, trade term, 发货时间, 物流是否可追踪 and the appeal entry (seed 001,
 * 轨迹可视率-查询路径 page mocks; RULES.md R1). Facts: statistics date and the shown rate.
 */
import { parseCountry, parseDate, parseExportMethod, parsePercent, parseTradeTerm, parseTransport, parseYesNo } from '../portal/text';
import { noTable } from './diagnostics';
import { parsedOnce } from './once';
import { pageTextBeside, textMatch } from './page';
import { defined, pickTable, readOrderRows, pickColumns } from './rows';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import type { TableSpec } from './mapping';
import type { PageFacts } from '../snapshot/observation';

export const LOGISTICS_TABLE: TableSpec = {
  name: 'logistics-performance',
  fields: ['orderId', 'destination', 'exportMethod', 'transport', 'tradeTerm', 'shippedAt', 'portalTraceable', 'actions'],
  required: ['orderId', 'shippedAt', 'portalTraceable'],
};

const DATE = String.raw`(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|[A-Za-z]{3,9}\.? \d{1,2}, \d{4})`;

/** Built once, not per read (issue 16: a pagination's re-read reads the date again). */
const STATS_DATE = [
  new RegExp(`(?:数据统计日期|数据统计时间|统计日期|统计时间)\\s*[:：]?\\s*${DATE}`),
  new RegExp(`(?:statistics date|data as of|stats date)\\s*[:：]?\\s*${DATE}`, 'i'),
];

export function readStatsDate(text: string): string | null {
  const raw = textMatch(text, STATS_DATE);
  return raw ? parsedOnce(parseDate, raw) : null;
}

const TRACKING_RATE = [/轨迹可视率\s*[:：]?\s*(\d+(?:\.\d+)?\s*%)/, /tracking visibility rate\s*[:：]?\s*(\d+(?:\.\d+)?\s*%)/i];

/** The statistics date and the tracking rate the page shows (pure: once per distinct text, parsedOnce). */
function logisticsFacts(text: string): PageFacts {
  const rate = textMatch(text, TRACKING_RATE);
  return defined({
    statsDate: readStatsDate(text) ?? undefined,
    shownTrackingRate: rate ? parsePercent(rate) ?? undefined : undefined,
  });
}

export const logisticsPerformance: PageReader = {
  kind: 'logistics-performance',
  urlHints: [/logistics[-_]?performance/i, /wuliu/i],
  byText(text) {
    let score = 0;
    if (/商家物流表现|logistics performance/i.test(text)) score += 2;
    if (/轨迹可视率|tracking visibility/i.test(text)) score += 1;
    return score;
  },
  byStructure: {
    most: 3,
    score(doc) {
      let score = 0;
      const t = pickColumns(doc, LOGISTICS_TABLE, 3);
      if (t && t.columns.portalTraceable !== undefined && t.columns.orderId !== undefined) score += 3;
      if (/物流单号|tracking number/i.test(t?.table.headers.join(' ') ?? '')) score -= 3;
      return score;
    },
  },
  read(doc, _url, text): ReaderOutput {
    const picked = pickTable(doc, LOGISTICS_TABLE);
    if (!picked) return { ...emptyOutput([noTable({ zh: '「我的订单」', en: 'order (My orders)' })]), facts: logisticsFacts(text()) };
    const out: ReaderOutput = emptyOutput(picked.diagnostics);
    readOrderRows(picked, out, (r) => {
      const appeal = r.appeal('actions');
      return {
        tradeAssurance: true,
        destination: r.value('destination', parseCountry),
        exportMethod: r.value('exportMethod', parseExportMethod),
        transport: r.value('transport', parseTransport),
        tradeTerm: r.value('tradeTerm', parseTradeTerm),
        shippedAt: r.value('shippedAt', parseDate),
        portalTraceable: r.value('portalTraceable', parseYesNo),
        appealOpen: appeal.appealOpen,
        appeal: appeal.status ? { status: appeal.status, filedAt: null } : undefined,
      };
    });
    // The figures stand above the order table: read beside it (issue 16: a page of rows swapped in
    // does not make the whole page's text be joined again for them), once the rows are read (a
    // sliced read that stops among the rows does not read them again at each slice).
    out.facts = parsedOnce(logisticsFacts, pageTextBeside(doc, picked.table.root)) ?? undefined;
    return out;
  },
};
