/**
 * The logistics proof upload form (上传物流凭证 / 发货): recognised so the pre-flight feature (a
 * later issue) can check the tracking number and carrier before submission. It carries no records.
 */
import { emptyOutput, type PageReader } from './types';

export const logisticsProofForm: PageReader = {
  kind: 'logistics-proof-form',
  urlHints: [/proof/i, /ship(ment)?[-_]?upload/i],
  byText(text) {
    let score = 0;
    if (/上传物流凭证|发货凭证|物流凭证|upload (the )?(logistics|shipping) proof|proof of shipment/i.test(text)) score += 4;
    if (/物流单号|tracking number/i.test(text) && /承运商|carrier/i.test(text)) score += 1;
    return score;
  },
  byStructure: {
    most: 0,
    // No form to fill in: not this page, whatever its text says. doc.forms first: the query walks
    // a 10,000-row page for nothing when it has no form (issue 16).
    score: (doc) => (doc.forms.length > 0 && doc.querySelector('form input, form select') !== null ? 0 : -Infinity),
  },
  read() {
    return emptyOutput();
  },
};
