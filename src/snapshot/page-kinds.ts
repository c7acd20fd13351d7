/** The page kinds StarGuard reads (issue 3), without zod: the content script imports the list (issue 18). */
export const PAGE_KINDS = [
  'logistics-performance', 'tracking-detail', 'order-list', 'order-detail',
  'dispute-center', 'star-level', 'product-radar', 'logistics-proof-form', 'unknown',
] as const;
