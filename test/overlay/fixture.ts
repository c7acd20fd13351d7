/**
 * A report with one order in every state the overlay distinguishes (as of 2022-11-08, the
 * side panel fixture's day), and a portal-like table to put chips on.
 */
import type { Report } from '../../src/report/schema';
import type { AccountView } from '../../src/state/view';
import type { OrderRow } from '../../src/readers/types';
import { fixtureView, REPORT, TODAY } from '../ui/fixture';

export { TODAY };

export const IDS = {
  failOpen: '200001350102670901',
  failClosed: '200003350102670903',
  failNoDate: '200015350102670915',
  exemptAtRisk: '200006350102670906',
  exemptFine: '200016350102670916',
  pending: '200004350102670904',
  rejected: '200005350102670905',
  approved: '200017350102670917',
  pass: '200018350102670918',
  launchExempt: '200019350102670919',
  dispute: '200011350102670911',
  review: '200013350102670913',
  reviewPast: '200014350102670914',
} as const;

export const OVERLAY_REPORT: Report = {
  ...REPORT,
  trackingVisibility: {
    ...REPORT.trackingVisibility,
    orders: [
      { id: IDS.failOpen, state: 'fail', appealDeadline: '2022-12-14', appealable: true, appealWindow: 'open', disclosureDate: '2022-11-30' },
      { id: IDS.failClosed, state: 'fail', appealDeadline: '2022-11-01', appealable: false, appealWindow: 'closed' },
      { id: IDS.failNoDate, state: 'fail', appealDeadline: null, appealable: null },
      { id: IDS.exemptAtRisk, state: 'exempt', appealDeadline: '2022-12-06', appealable: null, appealWindow: 'not_yet_open', disclosureDate: '2022-11-30' },
      { id: IDS.exemptFine, state: 'exempt', appealDeadline: null, appealable: null, appealWindow: 'not_applicable', disclosureDate: '2022-11-30' },
      { id: IDS.pending, state: 'appeal_pending', appealDeadline: null, appealable: null },
      { id: IDS.rejected, state: 'appeal_rejected', appealDeadline: null, appealable: false, appealReason: 'review_final' },
      { id: IDS.approved, state: 'appeal_approved', appealDeadline: null, appealable: null },
      { id: IDS.pass, state: 'pass', appealDeadline: null, appealable: null },
      { id: IDS.launchExempt, state: 'launch_exempt', appealDeadline: null, appealable: null },
    ],
  },
  disputes: {
    ...REPORT.disputes,
    orders: [{ id: IDS.dispute, refundAt: '2022-10-20', reasonCode: 'out_of_stock', agesOutOn: '2022-12-19' }],
  },
  reviews: [
    { orderId: IDS.review, receivedAt: '2022-11-07', bestBy: '2022-11-08', inviteBy: '2022-11-12', closesOn: '2022-12-07' },
    { orderId: IDS.reviewPast, receivedAt: '2022-10-01', bestBy: '2022-10-02', inviteBy: '2022-10-06', closesOn: '2022-10-31' },
  ],
};

export function overlayAccountView(over: Partial<AccountView> = {}): AccountView {
  return fixtureView({ report: OVERLAY_REPORT, ...over });
}

/**
 * A Fusion-Next-like body table: the order number in a link inside a wrapper div, in the
 * second column. Returns the rows as the readers would (row element + order id).
 */
export function mountTable(doc: Document, ids: readonly string[]): { table: HTMLTableElement; rows: OrderRow[] } {
  const table = doc.createElement('table');
  const tbody = doc.createElement('tbody');
  table.append(tbody);
  const rows: OrderRow[] = ids.map((id) => {
    const tr = doc.createElement('tr');
    const date = doc.createElement('td');
    date.textContent = '2022-10-05';
    const cell = doc.createElement('td');
    const wrapper = doc.createElement('div');
    wrapper.className = 'next-table-cell-wrapper';
    const link = doc.createElement('a');
    link.href = `#order-${id}`;
    link.textContent = id;
    wrapper.append(link);
    cell.append(wrapper);
    const status = doc.createElement('td');
    status.textContent = '否';
    tr.append(date, cell, status);
    tbody.append(tr);
    return { element: tr, orderId: id };
  });
  doc.body.append(table);
  return { table, rows };
}
