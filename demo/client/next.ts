/**
 * Fusion Next components imported one by one: the package root also pulls in Tree, which needs
 * lodash (not installed). Types come from the root (type-only imports are erased by esbuild).
 */
import type * as Next from '@alifd/next';
// @ts-expect-error per-component ES entries ship without type declarations
import TableImpl from '@alifd/next/es/table';
// @ts-expect-error see above
import PaginationImpl from '@alifd/next/es/pagination';
// @ts-expect-error see above
import ButtonImpl from '@alifd/next/es/button';
// @ts-expect-error see above
import DialogImpl from '@alifd/next/es/dialog';
// @ts-expect-error see above
import MessageImpl from '@alifd/next/es/message';
// @ts-expect-error see above
import TagImpl from '@alifd/next/es/tag';
// @ts-expect-error see above
import ConfigProviderImpl from '@alifd/next/es/config-provider';

export const Table = TableImpl as typeof Next.Table;
export const Pagination = PaginationImpl as typeof Next.Pagination;
export const Button = ButtonImpl as typeof Next.Button;
export const Dialog = DialogImpl as typeof Next.Dialog;
export const Message = MessageImpl as typeof Next.Message;
export const Tag = TagImpl as typeof Next.Tag;
export const ConfigProvider = ConfigProviderImpl as typeof Next.ConfigProvider;
// @ts-expect-error see above
import enUSImpl from '@alifd/next/es/locale/en-us';
// @ts-expect-error see above
import zhCNImpl from '@alifd/next/es/locale/zh-cn';

/** Fusion Next's own texts (pagination, dialogs) in the UI language. */
export const NEXT_LOCALES = { en: enUSImpl as object, zh: zhCNImpl as object };
