export { generateStore, inTrackingScope, logisticsListed, ORDINARY_ORDER_COUNT, HISTORY_DAYS } from './generate';
export { PLANTED, PLANTED_RADAR, DEMO_ACCOUNT_ID } from './planted';
export { CARRIERS, PRE_ADVICE } from './carriers';
export { CORE_10, COUNTRY_NAMES } from './countries';
export { todayCst, addDays, daysBetween } from './dates';
export type * from './types';
export { toSnapshot } from './snapshot';
