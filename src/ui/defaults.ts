/**
 * Settings shown before the worker has answered. Equal to DEFAULT_SETTINGS in src/state/view.ts
 * (tested), copied because importing that module pulls zod and every schema into the popup.
 */
import type { Settings } from '../state/view';

export const UI_DEFAULT_SETTINGS: Settings = { language: 'auto', leadDays: [2, 1, 0], notifyHour: 9, activeAccount: null };
