import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MANIFEST_ICON_SIZES, STORE_ICON_SIZES, renderIcon } from '../../scripts/store/icons';
import { listingText, readListing } from '../../scripts/store/listing';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('store assets from one source (issue 17)', () => {
  it('the manifest icons are committed at 16, 32, 48 and 128 px, rendered from assets/icon.svg', () => {
    const svg = readFileSync('assets/icon.svg', 'utf8');
    for (const size of MANIFEST_ICON_SIZES) {
      const committed = readFileSync(`assets/public/icon/${size}.png`);
      expect(pngSize(committed)).toEqual({ width: size, height: size });
      expect(committed.equals(renderIcon(svg, size)), `icon ${size} is stale: run npm run store-assets`).toBe(true);
    }
    for (const size of STORE_ICON_SIZES) expect(pngSize(renderIcon(svg, size))).toEqual({ width: size, height: size });
  });

  it('writes the listing text in zh_CN and en with every permission justified', () => {
    const listing = readListing('.');
    for (const locale of ['zh_CN', 'en'] as const) {
      const text = listingText(listing, locale);
      expect(text).toContain(listing.name[locale]);
      expect(text).toContain(listing.shortDescription[locale]);
      for (const p of Object.keys(listing.permissions)) expect(text).toContain(`${p}: ${listing.permissions[p]![locale]}`);
    }
    // The Chrome Web Store caps the short description at 132 characters.
    for (const locale of ['zh_CN', 'en'] as const) expect(listing.shortDescription[locale].length).toBeLessThanOrEqual(132);
  });
});
