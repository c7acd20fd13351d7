/**
 * Cell-text normalisation and value parsers for portal pages (issue 3). Every parser returns
 * `null` for text it does not recognise: page text is data, and an unknown value is never guessed.
 */

/** Printable ASCII and CJK unified ideographs (no NFKC mapping), words separated by single spaces. */
const ALREADY_NORMAL = /^[!-~\u4e00-\u9fff]+(?: [!-~\u4e00-\u9fff]+)*$/;

/**
 * NFKC (full-width digits/letters/spaces → ASCII), nbsp and the other visible spaces → space,
 * every Unicode format character (\p{Cf}: direction marks U+200E/F, U+202A–E, U+2066–9, soft
 * hyphen, zero-width space U+200B, word joiner, zero-width no-break space U+FEFF…) removed,
 * collapsed, trimmed. The one normaliser for ids and cells: invisible marks in or around a member
 * id must not make it another account, or no account (issue 12).
 */
export function normalizeText(raw: string | null | undefined): string {
  if (!raw) return '';
  // Most cell texts are already normal (ASCII and CJK ideographs, single spaces): NFKC and the
  // space rules leave them unchanged, so skip the work (issue 16: the reader runs on every cell).
  // Edge spaces go either way (trim's whitespace is whitespace after NFKC too).
  // Tested as it is first (most cells have no edge space to trim): no trimmed copy.
  if (ALREADY_NORMAL.test(raw)) return raw;
  const trimmed = raw.trim();
  // Whitespace only (the line breaks between a page's elements): nothing is left whatever NFKC
  // does, and it is most of the text nodes pageText meets outside the rows (issue 16).
  if (trimmed.length === 0) return '';
  if (ALREADY_NORMAL.test(trimmed)) return trimmed;
  // Runs of ASCII whitespace between normal words (the spaced text of a cell of several elements,
  // "发起申诉  查看追踪详情"): collapsing them is all the full rules would do (issue 16: NFKC on
  // every action cell was a tenth of reading its row). Other spaces and marks take the full rules.
  const collapsed = trimmed.replace(ASCII_SPACES, ' ');
  if (ALREADY_NORMAL.test(collapsed)) return collapsed;
  // A Chinese page's own punctuation (：，（）、。「」【】): NFKC maps the full-width forms of ASCII
  // one to one and leaves the CJK punctuation as it is, so that is all it would do here (issue 16:
  // every label and heading of a Chinese back-office page took the full rules, its Unicode
  // property regex the costliest part of a page's text).
  const mapped = collapsed.replace(FULL_WIDTH_ASCII, toAscii);
  if (NORMAL_WITH_CJK_PUNCTUATION.test(mapped)) return mapped;
  return normalizeFully(raw);
}

const ASCII_SPACES = /[ \t\n\v\f\r]+/g;

/** U+FF01–U+FF5E, whose NFKC form is the ASCII character 0xFEE0 below (checked for all 94 in the tests). */
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const toAscii = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * ALREADY_NORMAL plus punctuation NFKC leaves unchanged that is no space, format or combining
 * character: the CJK punctuation U+3001–U+3011 (、。〃〄々〆〇〈〉《》「」『』【】) and U+3014–U+301F
 * (〔〕〖〗〘〙〚〛〜〝〞〟), and ¥ ° · × – — ‘ ’ “ ” • → (not …, which NFKC makes "...").
 */
const WORD = '[!-~\u00a5\u00b0\u00b7\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2192\u3001-\u3011\u3014-\u301f\u4e00-\u9fff]+';
const NORMAL_WITH_CJK_PUNCTUATION = new RegExp(`^${WORD}(?: ${WORD})*$`);

/** normalizeText's rules, applied whatever the text (exported for the test that the shortcuts change nothing). */
export function normalizeFully(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An element's text with a space between text nodes, so that adjacent elements do not glue
 * ("物流单号：6984137392" + "Cologne" must not read as one token), then normalised.
 */
export function spacedText(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === 3) return normalizeText(node.textContent);
  return normalizeText(rawSpacedText(node));
}

/** spacedText before normalisation; walks siblings directly (no NodeList copies: issue 16). */
function rawSpacedText(n: Node): string {
  let s = '';
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) s += (c as Text).data;
    else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
      s += ` ${rawSpacedText(c)} `;
    }
  }
  return s;
}

/** Header text for dictionary lookup: normalised, lower case, without help marks like [Ⓞ], ⓘ, ?, *, :. */
export function normalizeHeader(raw: string | null | undefined): string {
  return normalizeText(raw)
    .replace(/\[[^\]]*\]|[ⓘⓄⓞ①②③④⑤?？*：:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A dictionary lookup that finds own entries only: page text such as "constructor" or "__proto__"
 * must not reach Object.prototype (issue 12).
 */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | null {
  return Object.hasOwn(table, key) ? table[key]! : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of the Gregorian calendar (what Date uses). */
function daysIn(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Counted, not asked of Date (issue 16: a Date per date cell was a visible share of a read). */
function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

interface DateParts { date: string; time: string | null }

function dateParts(raw: string): DateParts | null {
  const s = normalizeText(raw);
  const time = (rest: string): string | null | undefined => {
    const r = rest.trim();
    if (!r) return null;
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(r);
    if (!m) return undefined;
    const [h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (h > 23 || mi > 59 || se > 59) return undefined;
    return `${pad(h)}:${pad(mi)}:${pad(se)}`;
  };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](.*))?$/.exec(s);
  if (!m) m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(.*)$/.exec(s);
  if (m) {
    const date = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    const t = time(m[4] ?? '');
    return date && t !== undefined ? { date, time: t } : null;
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?: (.*))?$/.exec(s);
  if (m) {
    const month = lookup(MONTHS, (m[1] ?? '').toLowerCase().slice(0, (m[1] ?? '').toLowerCase().startsWith('sept') ? 4 : 3));
    const date = month ? validDate(Number(m[3]), month, Number(m[2])) : null;
    const t = time(m[4] ?? '');
    return date && t !== undefined ? { date, time: t } : null;
  }
  return null;
}

/** A portal date (with or without time) → `YYYY-MM-DD` in CST, the portal's own zone. */
export function parseDate(raw: string | null | undefined): string | null {
  return raw ? dateParts(raw)?.date ?? null : null;
}

/**
 * A ship-by term (约定发货日期 / "latest ship date", RULES.md R9): a date, or a relative term
 * "付款后 15 天内" / "15 days after payment" / "within 15 days after payment" (payment date + N).
 */
export type ShipByTerm = { date: string } | { daysAfterPayment: number };

export function parseShipByTerm(raw: string | null | undefined): ShipByTerm | null {
  const date = parseDate(raw);
  if (date) return { date };
  const s = normalizeText(raw);
  const m = /^(?:付款|支付)后\s*(\d{1,3})\s*(?:个)?(?:自然)?天(?:内)?$/.exec(s)
    ?? /^(?:within\s+)?(\d{1,3})\s+days?\s+(?:after|of|from)\s+payment$/i.exec(s);
  return m ? { daysAfterPayment: Number(m[1]) } : null;
}

/** A portal date-time (CST) → ISO 8601 with +08:00; a bare date gets 00:00:00. */
export function parseDateTime(raw: string | null | undefined): string | null {
  const p = raw ? dateParts(raw) : null;
  return p ? `${p.date}T${p.time ?? '00:00:00'}+08:00` : null;
}

/** "USD 1,000.00", "US $1,000", "$ 12.5", "1000" → number. Another currency → null. */
export function parseAmountUsd(raw: string | null | undefined): number | null {
  const s = normalizeText(raw).replace(/\s+/g, '');
  const m = /^(?:USD|US\$|\$|US\$?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:USD)?$/i.exec(s);
  if (!m) return null;
  const n = Number(`${(m[1] ?? '').replace(/,/g, '')}.${m[2] ?? '0'}`);
  return Number.isFinite(n) ? n : null;
}

/** "31.81%" → 0.3181 (fraction 0..1); anything else → null. */
export function parsePercent(raw: string | null | undefined): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(normalizeText(raw));
  if (!m) return null;
  const v = Number(m[1]) / 100;
  return v >= 0 && v <= 1 ? Math.round(v * 1e6) / 1e6 : null;
}

/** "745", "745单", "745 orders" → 745. */
export function parseCount(raw: string | null | undefined): number | null {
  const m = /^(\d[\d,]*)\s*(?:单|笔|个|orders?)?$/i.exec(normalizeText(raw));
  return m ? Number((m[1] ?? '').replace(/,/g, '')) : null;
}

/** Country names (zh, en, common aliases) and ISO alpha-2/alpha-3 codes → alpha-2. */
const COUNTRIES: Array<[string, string[]]> = [
  ['US', ['美国', 'united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.', 'america']],
  ['GB', ['英国', 'united kingdom', 'uk', 'gb', 'great britain', 'britain', 'england', 'gbr']],
  ['CA', ['加拿大', 'canada', 'ca', 'can']],
  ['AU', ['澳大利亚', '澳洲', 'australia', 'au', 'aus']],
  ['NZ', ['新西兰', 'new zealand', 'nz', 'nzl']],
  ['DE', ['德国', 'germany', 'de', 'deu', 'deutschland']],
  ['FR', ['法国', 'france', 'fr', 'fra']],
  ['ES', ['西班牙', 'spain', 'es', 'esp']],
  ['IT', ['意大利', 'italy', 'it', 'ita']],
  ['NL', ['荷兰', 'netherlands', 'the netherlands', 'holland', 'nl', 'nld']],
  ['CN', ['中国', '中国大陆', 'china', 'cn', 'chn', 'mainland china']],
  ['HK', ['中国香港', '香港', 'hong kong', 'hk']],
  ['TW', ['中国台湾', '台湾', 'taiwan', 'tw']],
  ['JP', ['日本', 'japan', 'jp', 'jpn']],
  ['KR', ['韩国', 'south korea', 'korea', 'republic of korea', 'kr', 'kor']],
  ['IN', ['印度', 'india', 'in', 'ind']],
  ['RU', ['俄罗斯', 'russia', 'russian federation', 'ru', 'rus']],
  ['BR', ['巴西', 'brazil', 'br', 'bra']],
  ['MX', ['墨西哥', 'mexico', 'mx', 'mex']],
  ['AR', ['阿根廷', 'argentina', 'ar']],
  ['CL', ['智利', 'chile', 'cl']],
  ['CO', ['哥伦比亚', 'colombia', 'co']],
  ['PE', ['秘鲁', 'peru', 'pe']],
  ['ZA', ['南非', 'south africa', 'za']],
  ['NG', ['尼日利亚', 'nigeria', 'ng']],
  ['KE', ['肯尼亚', 'kenya', 'ke']],
  ['EG', ['埃及', 'egypt', 'eg']],
  ['MA', ['摩洛哥', 'morocco', 'ma']],
  ['SA', ['沙特阿拉伯', '沙特', 'saudi arabia', 'sa']],
  ['AE', ['阿联酋', '阿拉伯联合酋长国', 'united arab emirates', 'uae', 'ae']],
  ['IL', ['以色列', 'israel', 'il']],
  ['TR', ['土耳其', 'turkey', 'türkiye', 'turkiye', 'tr']],
  ['PK', ['巴基斯坦', 'pakistan', 'pk']],
  ['BD', ['孟加拉国', '孟加拉', 'bangladesh', 'bd']],
  ['TH', ['泰国', 'thailand', 'th']],
  ['VN', ['越南', 'vietnam', 'viet nam', 'vn']],
  ['MY', ['马来西亚', 'malaysia', 'my']],
  ['SG', ['新加坡', 'singapore', 'sg']],
  ['ID', ['印度尼西亚', '印尼', 'indonesia', 'id']],
  ['PH', ['菲律宾', 'philippines', 'ph']],
  ['PL', ['波兰', 'poland', 'pl']],
  ['BE', ['比利时', 'belgium', 'be']],
  ['SE', ['瑞典', 'sweden', 'se']],
  ['NO', ['挪威', 'norway', 'no']],
  ['DK', ['丹麦', 'denmark', 'dk']],
  ['FI', ['芬兰', 'finland', 'fi']],
  ['CH', ['瑞士', 'switzerland', 'ch']],
  ['AT', ['奥地利', 'austria', 'at']],
  ['IE', ['爱尔兰', 'ireland', 'ie']],
  ['PT', ['葡萄牙', 'portugal', 'pt']],
  ['GR', ['希腊', 'greece', 'gr']],
  ['CZ', ['捷克', 'czech republic', 'czechia', 'cz']],
  ['RO', ['罗马尼亚', 'romania', 'ro']],
  ['HU', ['匈牙利', 'hungary', 'hu']],
  ['UA', ['乌克兰', 'ukraine', 'ua']],
];
/** Names match in any case; codes (2–3 letters: "US", "UK", "NO") only in upper case, so that a
 * yes/no cell "No" is never read as Norway, nor "it"/"in" as Italy/India. */
const COUNTRY_NAMES = new Map<string, string>();
const COUNTRY_CODES = new Map<string, string>();
for (const [code, names] of COUNTRIES) {
  for (const n of names) (/^[a-z]{2,3}$/.test(n) ? COUNTRY_CODES.set(n.toUpperCase(), code) : COUNTRY_NAMES.set(n, code));
  COUNTRY_CODES.set(code, code);
}

export function parseCountry(raw: string | null | undefined): string | null {
  const s = normalizeText(raw);
  return COUNTRY_CODES.get(s) ?? COUNTRY_NAMES.get(s.toLowerCase()) ?? null;
}

const TRADE_TERMS = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DAT', 'DDP', 'DDU'] as const;
export type TradeTermCode = (typeof TRADE_TERMS)[number];
/** "DDP", "ddp", "CNF" (an old alias of CFR), "C&F" → the Incoterm. */
export function parseTradeTerm(raw: string | null | undefined): TradeTermCode | null {
  const s = normalizeText(raw).toUpperCase().replace(/\s+/g, '');
  if (s === 'CNF' || s === 'C&F' || s === 'CFR') return 'CFR';
  return (TRADE_TERMS as readonly string[]).includes(s) ? (s as TradeTermCode) : null;
}

type ExportMethodCode = 'convenient' | 'self' | 'onetouch' | 'market_procurement';
const EXPORT_METHODS: Record<string, ExportMethodCode> = {
  '便捷发货': 'convenient', 'convenient shipping': 'convenient', 'convenient delivery': 'convenient', 'tad': 'convenient',
  'trade assurance delivery': 'convenient', 'easy shipping': 'convenient',
  '自营出口': 'self', 'self export': 'self', 'self-export': 'self', 'self-operated export': 'self',
  '一达通代理出口': 'onetouch', '一达通': 'onetouch', 'onetouch': 'onetouch', 'onetouch agent export': 'onetouch',
  'onetouch export': 'onetouch', 'one touch agent export': 'onetouch',
  '市场采购出口': 'market_procurement', '市场采购': 'market_procurement', 'market procurement': 'market_procurement',
  'market procurement export': 'market_procurement',
};
export function parseExportMethod(raw: string | null | undefined): ExportMethodCode | null {
  return lookup(EXPORT_METHODS, normalizeText(raw).toLowerCase());
}

type TransportCode = 'express' | 'postal' | 'ocean' | 'air' | 'land';
const TRANSPORTS: Record<string, TransportCode> = {
  '快递': 'express', 'express': 'express', 'courier': 'express',
  '邮政': 'postal', '邮政小包': 'postal', 'post': 'postal', 'postal': 'postal', 'postal service': 'postal',
  '海运': 'ocean', 'sea': 'ocean', 'ocean': 'ocean', 'sea freight': 'ocean', 'ocean freight': 'ocean',
  '空运': 'air', 'air': 'air', 'air freight': 'air',
  '陆运': 'land', 'land': 'land', 'land freight': 'land', 'truck': 'land',
};
export function parseTransport(raw: string | null | undefined): TransportCode | null {
  return lookup(TRANSPORTS, normalizeText(raw).toLowerCase());
}

/** "是/否/Yes/No" → boolean. Not "NO" in capitals: that is Norway's code (see parseCountry). */
export function parseYesNo(raw: string | null | undefined): boolean | null {
  const s = normalizeText(raw);
  if (s === '是' || s === 'Yes' || s === 'yes' || s === 'YES') return true;
  if (s === '否' || s === 'No' || s === 'no') return false;
  return null;
}

type OrderStatusCode = 'awaiting_payment' | 'paid' | 'shipped' | 'received' | 'completed' | 'cancelled' | 'refunded';
const ORDER_STATUSES: Record<string, OrderStatusCode> = {
  '待支付': 'awaiting_payment', '待付款': 'awaiting_payment', '等待买家付款': 'awaiting_payment',
  'awaiting payment': 'awaiting_payment', 'pending payment': 'awaiting_payment', 'waiting for payment': 'awaiting_payment',
  '已支付': 'paid', '已付款': 'paid', '待发货': 'paid', 'paid': 'paid', 'awaiting shipment': 'paid', 'to be shipped': 'paid',
  '已发货': 'shipped', 'shipped': 'shipped', '运输中': 'shipped', 'in transit': 'shipped',
  // English statuses of the real portal (PORTAL.md, issue 18). "Partially Delivering" is left unknown: not guessed.
  'waiting for shipment': 'paid', 'delivering': 'shipped', 'waiting for delivery confirmation': 'shipped',
  '已确认收货': 'received', '已收货': 'received', 'received': 'received', 'delivered': 'received', 'receipt confirmed': 'received',
  '已完成': 'completed', '交易完成': 'completed', 'completed': 'completed',
  '已取消': 'cancelled', '已关闭': 'cancelled', 'cancelled': 'cancelled', 'canceled': 'cancelled', 'closed': 'cancelled',
  '已退款': 'refunded', '退款成功': 'refunded', 'refunded': 'refunded',
};
export function parseOrderStatus(raw: string | null | undefined): OrderStatusCode | null {
  return lookup(ORDER_STATUSES, normalizeText(raw).toLowerCase());
}

/** "买家" / "Buyer" → buyer, "卖家" / "Supplier" → seller. */
export function parseDraftedBy(raw: string | null | undefined): 'buyer' | 'seller' | null {
  const s = normalizeText(raw).toLowerCase().replace(/(起草|drafted|draft)/g, '').trim();
  if (['买家', 'buyer'].includes(s)) return 'buyer';
  if (['卖家', '商家', 'seller', 'supplier'].includes(s)) return 'seller';
  return null;
}

/** A platform order / tracking id: digits only (Trade Assurance numbers are 10–20 digits). */
export function parseOrderId(raw: string | null | undefined): string | null {
  // A number as the cell holds it is already normal, with no space to remove: tested before any
  // copy is made (issue 16: every row of a table, and every value of its column in the mapping).
  if (typeof raw === 'string' && ORDER_ID.test(raw)) return raw;
  const s = normalizeText(raw).replace(/\s+/g, '');
  return ORDER_ID.test(s) ? s : null;
}

const ORDER_ID = /^\d{6,24}$/;

/** A carrier tracking number: letters/digits (with - allowed), no spaces inside. */
export function parseTrackingNumber(raw: string | null | undefined): string | null {
  const s = normalizeText(raw);
  return /^[A-Za-z0-9][A-Za-z0-9-]{4,39}$/.test(s) ? s : null;
}
