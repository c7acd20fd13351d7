/**
 * Every CSS selector the readers use, in one place (issue 3). They name structure (elements,
 * ARIA roles, the Fusion Next component's stable `next-table-*` classes), never generated class
 * names. Kept simple: happy-dom mishandles complex :is()/:not() selectors.
 */

/** Fusion Next Table root. Proven by test/fixtures/portal/*\/…-fusion*.html (rendered by scripts/fixtures/render-fusion.tsx). */
export const FUSION_TABLE = '.next-table';
/** Fusion's header part: a separate <table> when fixedHeader is set, a <thead> otherwise (same fixtures). */
export const FUSION_HEADER_CELLS = '.next-table-header th';
/** Fusion's body part: a separate <table> (fixedHeader) or a <tbody>; rows are its <tr>s. */
export const FUSION_BODY_ROWS = '.next-table-body tr';
/** Fusion's "no data" placeholder row (fixture logistics-performance/…-zh-empty-fusion.html). */
export const FUSION_EMPTY = '.next-table-empty';

/**
 * Ant Design 4/5 Table root (rc-table; newer back-office pages, PORTAL.md). Proven by
 * test/fixtures/portal/*\/…-antd*.html (saved from the demo portal's Ant Design markup).
 * With a fixed header, header and body are separate <table>s, as with Fusion.
 */
export const ANT_TABLE = '.ant-table';
/** Header cells; the last one of a fixed header is an empty scrollbar cell (ANT_SCROLLBAR_CELL). */
export const ANT_HEADER_CELLS = '.ant-table-thead th';
export const ANT_SCROLLBAR_CELL = 'ant-table-cell-scrollbar';
/** Body rows; the first of a fixed-header body is a hidden measure row, an empty table has a placeholder row. */
export const ANT_BODY_ROWS = '.ant-table-tbody tr';
export const ANT_NON_RECORD_ROWS = ['ant-table-measure-row', 'ant-table-placeholder', 'ant-table-expanded-row'];

/** Plain tables (fixtures …-plain.html). */
export const TABLE = 'table';
export const HEADER_ROW_CELLS = 'th';
export const BODY_ROWS = 'tr';

/** ARIA grid markup (fixtures …-grid.html). */
export const GRID_ROLES = ['[role="grid"]', '[role="table"]'] as const;
export const GRID = GRID_ROLES.join(', ');
export const GRID_ROW = '[role="row"]';
export const GRID_HEADER_CELL = '[role="columnheader"]';
export const GRID_CELL = '[role="cell"], [role="gridcell"]';

/** Buttons and links inside an action cell (fixtures with 发起申诉 enabled and greyed out). */
export const ACTION_CONTROLS = 'button, a, [role="button"]';

/** Headings and titles used to recognise the page kind. */
export const TITLES = 'title, h1, h2, h3, h4, [role="heading"], [role="tab"][aria-selected="true"]';
/** The selected tab in a tab bar (star-level track: fixtures star-level/*). */
export const SELECTED_TAB = '[role="tab"][aria-selected="true"], .next-tabs-tab.active';

/** Event lists on the order detail page (fixtures order-detail/*). */
export const LIST_ITEMS = 'li';

/**
 * StarGuard's own injected hosts (src/overlay/shadow.ts createShadowHost marks every one, chips,
 * summary and pre-flight alike): left out of the page text and of redacted copies. It named a
 * `data-starguard-host` attribute no host carried, so a saved page kept the chips' hosts.
 */
export const STARGUARD_HOST_ATTR = 'data-starguard-overlay';
export const STARGUARD_HOST = `[${STARGUARD_HOST_ATTR}]`;

