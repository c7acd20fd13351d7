/** @jsxImportSource react */
/**
 * 交易成长中心: RTS seller-responsible disputes of the last 60 days (seed 000 page mock). One
 * 纠纷类型/退款原因 column, headed 退款原因 and holding the system refund reason (RULES.md R3).
 */
import type { DemoStore } from '../../store/types';
import { TEXT, type Lang } from '../i18n';
import { dateWithTime, percent, usd } from '../format';
import { PagedTable } from '../paged-table';
import { addDays } from '../../store/dates';

export function DisputeCenter(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const since = addDays(store.today, -59);
  const rows = store.orders.filter((o) => o.refund?.disputeId && o.refund.at >= since);
  return (
    <div className="demo-page" data-page="dispute-center">
      <h1>{t.tradeGrowth}</h1>
      <h2>{t.rtsDisputes}</h2>
      <p className="demo-rule">{t.disputeRule}</p>
      <p className="demo-dispute-figures">
        <span>{t.disputeRate}: <strong>{percent(store.shown.disputeRate)}</strong></span>
        {' | '}
        <span>{t.disputeCount}: <strong>{store.shown.disputeCount}</strong></span>
      </p>
      <PagedTable
        rows={rows}
        lang={lang}
        label={t.rtsDisputes}
        columns={[
          { key: 'id', title: t.colGuaranteeNo, width: 190, cell: (o) => o.id },
          { key: 'amount', title: t.colAmount, cell: (o) => usd(o.amountUsd) },
          { key: 'placedAt', title: t.colOrderTime, cell: (o) => dateWithTime(o.placedAt, o.id) },
          { key: 'disputeId', title: t.colDisputeNo, cell: (o) => o.refund?.disputeId },
          { key: 'reason', title: t.colRefundReason, cell: (o) => (lang === 'zh' ? o.refund?.reason : o.refund?.reasonEn) },
          { key: 'refundAt', title: t.colRefundDate, cell: (o) => o.refund?.at },
        ]}
      />
    </div>
  );
}
