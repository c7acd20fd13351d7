/**
 * The listing text for each store and language (issue 17), from its one source
 * docs/store-listing/listing.json: name, short and long description, single purpose and the
 * permission justifications, one text file per language.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type StoreLocale = 'zh_CN' | 'en';
type Both = Record<StoreLocale, string>;
export interface Listing {
  name: Both; shortDescription: Both; longDescription: Record<StoreLocale, string[]>;
  singlePurpose: Both; permissions: Record<string, Both>; hostAccess: Record<string, Both>; privacyPolicy: Both;
}

export const readListing = (root: string): Listing => JSON.parse(readFileSync(join(root, 'docs/store-listing/listing.json'), 'utf8')) as Listing;

const HEADINGS: Record<StoreLocale, Record<string, string>> = {
  zh_CN: { name: '名称', short: '简短说明', long: '详细说明', purpose: '单一用途', permissions: '权限说明', hosts: '网站访问说明', privacy: '隐私政策' },
  en: { name: 'Name', short: 'Short description', long: 'Description', purpose: 'Single purpose', permissions: 'Permission justifications', hosts: 'Host access justification', privacy: 'Privacy policy' },
};

export function listingText(listing: Listing, locale: StoreLocale): string {
  const h = HEADINGS[locale];
  return [
    `# ${h.name}`, listing.name[locale], '',
    `# ${h.short}`, listing.shortDescription[locale], '',
    `# ${h.long}`, ...listing.longDescription[locale], '',
    `# ${h.purpose}`, listing.singlePurpose[locale], '',
    `# ${h.permissions}`, ...Object.entries(listing.permissions).map(([p, why]) => `${p}: ${why[locale]}`), '',
    `# ${h.hosts}`, ...Object.entries(listing.hostAccess).map(([host, why]) => `${host}: ${why[locale]}`), '',
    `# ${h.privacy}`, listing.privacyPolicy[locale], '',
  ].join('\n');
}

export function writeListing(root: string, outDir: string): string[] {
  const listing = readListing(root);
  mkdirSync(outDir, { recursive: true });
  return (['zh_CN', 'en'] as const).map((locale) => {
    const file = join(outDir, `listing-${locale}.txt`);
    writeFileSync(file, listingText(listing, locale));
    return file;
  });
}
