/** Every field a reader maps (issue 3), without the dictionaries: the worker checks a taught field against it (issue 18, 40 KB budget). */
export const FIELD_IDS = [
  'orderId', 'destination', 'exportMethod', 'transport', 'tradeTerm', 'shippedAt', 'paidAt',
  'portalTraceable', 'actions', 'trackingNumber', 'carrier', 'uploadedAt', 'amountUsd', 'status',
  'buyer', 'tags', 'draftedBy', 'orderDate', 'disputeId', 'disputeType', 'refundAt', 'salesperson', 'advice',
  'product', 'owner', 'problem', 'issuedAt', 'deadline', 'metric', 'myValue',
] as const;
export type FieldId = typeof FIELD_IDS[number];

export const isFieldId = (v: unknown): v is FieldId => typeof v === 'string' && (FIELD_IDS as readonly string[]).includes(v);
