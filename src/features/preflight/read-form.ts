/** Reads the pre-flight input from the form as the seller sees it (option labels, shown texts). */
import type { PreflightInput, Transport } from '../../carriers/check';
import { foldText } from '../../carriers/normalise';
import { shownValue, type FormFields } from './labels';

/** 运输方式 / 物流方式 values (RULES "Common definitions": 快递 邮政 海运 空运 陆运). */
const TRANSPORTS: ReadonlyArray<readonly [Transport, RegExp]> = [
  ['express', /^(快递|国际快递|express|courier|express delivery)$/],
  ['postal', /^(邮政|邮政小包|postal|post|postal service)$/],
  ['ocean', /^(海运|ocean|sea|sea freight|ocean freight)$/],
  ['air', /^(空运|air|air freight)$/],
  ['land', /^(陆运|land|truck|road|land transport)$/],
];

export function transportOf(text: string | null): Transport | null {
  if (!text) return null;
  const folded = foldText(text);
  return TRANSPORTS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

export function readForm(fields: FormFields, url: string): PreflightInput {
  const transportControl = fields.transport;
  // The option label first (what the seller reads); its value as a fallback (value="express").
  const transport = transportOf(shownValue(transportControl))
    ?? (transportControl && 'value' in transportControl ? transportOf(transportControl.value) : null);
  return {
    number: fields.tracking?.value ?? '',
    carrier: shownValue(fields.carrier),
    transport,
    destination: shownValue(fields.destination),
    currentOrderId: orderIdOf(fields, url),
  };
}

function orderIdOf(fields: FormFields, url: string): string | null {
  const shown = shownValue(fields.order)?.match(/\d{6,}/)?.[0];
  if (shown) return shown;
  try {
    const params = new URL(url).searchParams;
    return params.get('orderId') ?? params.get('order') ?? params.get('order_id') ?? params.get('tradeId') ?? null;
  } catch {
    return null;
  }
}
