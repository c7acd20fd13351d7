/** @jsxImportSource react */
/** 商品雷达: rectification tasks with the remaining-days text (seed 001 page mock). */
import { useState } from 'react';
import { Button, Dialog, Message, Tag } from '../next';
import type { DemoRadarTask, DemoStore } from '../../store/types';
import { TEXT, type Lang } from '../i18n';
import { beijingTime } from '../format';
import { daysBetween } from '../../store/dates';
import { PagedTable } from '../paged-table';

export function ProductRadar(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const [appealing, setAppealing] = useState<DemoRadarTask | null>(null);
  const close = () => setAppealing(null);
  return (
    <div className="demo-page" data-page="product-radar">
      <h1>{t.radar}</h1>
      <p className="demo-hint">{t.radarIntro}</p>
      <PagedTable
        rows={store.radarTasks}
        lang={lang}
        label={t.radar}
        fixedHeader={false}
        columns={[
          {
            key: 'product', title: t.colProduct, width: 280, cell: (r) => (
              <span className="demo-product"><span>{r.productTitle}</span><br /><small>ID:{r.productId}</small></span>
            ),
          },
          { key: 'owner', title: t.colOwner, cell: (r) => r.owner },
          { key: 'problem', title: t.colProblem, width: 300, cell: (r) => r.problem[lang] },
          { key: 'issuedAt', title: t.colIssuedAt, cell: (r) => beijingTime(r.issuedAt) },
          { key: 'remaining', title: t.colRemaining, cell: (r) => t.remaining(Math.max(0, daysBetween(store.today, r.deadline))) },
          {
            key: 'actions', title: t.colActions, cell: (r) => (
              <span className="demo-actions">
                <Button text type="primary">{t.editProduct}</Button>
                {r.appealUsed
                  ? <Tag size="small" type="normal" color="orange">{t.radarAppealPending}</Tag>
                  : <Button text type="primary" onClick={() => setAppealing(r)}>{t.radarAppeal}</Button>}
              </span>
            ),
          },
        ]}
      />
      <Dialog
        visible={appealing !== null}
        title={t.radarAppealTitle}
        onOk={() => { Message.success(t.appealSubmitted(appealing?.productId ?? '')); close(); }}
        onCancel={close}
        onClose={close}
        locale={{ ok: t.ok, cancel: t.cancel }}
      >
        <p className="demo-dialog-body">{appealing ? t.radarAppealBody(appealing.productId) : ''}</p>
      </Dialog>
    </div>
  );
}
