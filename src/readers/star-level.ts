/**
 * 商家星等级 (Merchant star level): the selected track (定制 / 快速交易), the four ability scores
 * (商家力 or 商品力, 营销力, 交易力, 保障力, shown as "72分" / "72 pts"; a star count such as
 * "0星" is not a score and is not read as one), the 保障力 metric table (按时发货率, 轨迹可视率),
 * and 应发订单数 (seed 001 page mock: "应发订单数745单 (≥11单)，按时发货率<80%"; RULES.md R4).
 */
import type { ObservedStarLevel } from '../snapshot/observation';
import { checkStarLevel } from './check';
import { normalizeHeader, normalizeText, parseCount, parsePercent } from '../portal/text';
import { missingValue } from './diagnostics';
import { labelledValue, textMatch } from './page';
import { readStatsDate } from './logistics-performance';
import { defined, pickTable } from './rows';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import type { TableSpec } from './mapping';
import * as S from '../portal/selectors';

const METRIC_TABLE: TableSpec = { name: 'star-level', fields: ['metric', 'myValue'], required: ['metric', 'myValue'] };
const SCORE = /^(\d{1,3}(?:\.\d+)?)\s*(?:分|pts?|points?)$/i;

const ABILITIES = {
  merchant: ['商家力', '商品力', 'merchant', 'merchant ability', 'product', 'product ability'],
  marketing: ['营销力', 'marketing', 'marketing ability'],
  transaction: ['交易力', 'transaction', 'transaction ability'],
  assurance: ['保障力', 'assurance', 'assurance ability'],
} as const;

const TRACKS: Array<[string[], 'custom' | 'rts']> = [
  [['定制', 'customization', 'custom'], 'custom'],
  [['快速交易', 'fast trade', 'rts', 'ready to ship'], 'rts'],
];

function selectedTrack(doc: Document): 'custom' | 'rts' | undefined {
  for (const tab of Array.from(doc.querySelectorAll(S.SELECTED_TAB))) {
    const t = normalizeHeader(tab.textContent);
    // "快速交易（RTS）", "Fast trade (RTS)": the tab names the track, possibly with a suffix.
    const hit = TRACKS.find(([names]) => names.some((n) => t === n || t.startsWith(`${n} `) || t.startsWith(`${n}(`)));
    if (hit) return hit[1];
  }
  return undefined;
}

export const starLevel: PageReader = {
  kind: 'star-level',
  urlHints: [/star[-_]?level/i],
  byText(text) {
    let score = 0;
    if (/商家星等级|supplier star level|merchant star level/i.test(text)) score += 3;
    if (/应发订单数|orders due to ship/i.test(text)) score += 2;
    if (/预测星级|forecast star/i.test(text)) score += 1;
    return score;
  },
  read(doc, _url, text): ReaderOutput {
    const out = emptyOutput();
    const abilities: Record<string, number> = {};
    for (const [key, labels] of Object.entries(ABILITIES)) {
      const v = labelledValue(doc, labels, SCORE);
      if (v !== null) abilities[key] = Number(v);
    }
    const due = textMatch(text(), [/应发订单数\s*[:：]?\s*(\d[\d,]*)\s*单?/, /orders due to ship\s*[:：]?\s*(\d[\d,]*)/i]);
    let onTimeRate: number | undefined;
    let trackingRate: number | undefined;
    const metrics = pickTable(doc, METRIC_TABLE, 2);
    if (metrics && metrics.columns.metric !== undefined && metrics.columns.myValue !== undefined) {
      out.diagnostics.push(...metrics.diagnostics);
      for (const row of metrics.table.rows) {
        const name = normalizeHeader(row.texts[metrics.columns.metric]);
        const value = parsePercent(row.texts[metrics.columns.myValue]);
        if (['按时发货率', 'on-time shipping rate', 'on-time delivery rate'].includes(name) && value !== null) onTimeRate = value;
        if (['轨迹可视率', 'tracking visibility rate'].includes(name) && value !== null) trackingRate = value;
      }
    }
    const track = selectedTrack(doc);
    if (!track) out.diagnostics.push(missingValue({ zh: '星等级类型（定制/快速交易）', en: 'star-level track (customization / fast trade)' }, 'missing-track'));
    const level = defined({
      track,
      abilities: Object.keys(abilities).length ? abilities : undefined,
      dueOrders: due ? parseCount(due) ?? undefined : undefined,
      onTimeRate,
    });
    const problem = checkStarLevel(level);
    if (problem === null) out.starLevel = level as ObservedStarLevel;
    else out.diagnostics.push({ level: 'error', code: 'unparsable-value', message: { zh: '星等级数据无法读取', en: 'the star-level figures could not be read' }, detail: { reason: problem } });
    out.facts = defined({ statsDate: readStatsDate(text()) ?? undefined, shownTrackingRate: trackingRate });
    return out;
  },
};
