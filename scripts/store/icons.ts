/**
 * Every icon from one SVG (assets/icon.svg, issue 17), rasterised by @resvg/resvg-js: the
 * manifest's 16/32/48/128 (assets/public/icon/<size>.png, which WXT puts in the manifest) and the
 * store logos (Chrome Web Store 128, Edge Add-ons 300) in the store-assets folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const MANIFEST_ICON_SIZES = [16, 32, 48, 128] as const;
export const STORE_ICON_SIZES = [128, 300] as const;

export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export function writeIcons(root: string, storeDir: string): string[] {
  const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
  const written: string[] = [];
  const iconDir = join(root, 'assets/public/icon');
  mkdirSync(iconDir, { recursive: true });
  for (const size of MANIFEST_ICON_SIZES) {
    const file = join(iconDir, `${size}.png`);
    writeFileSync(file, renderIcon(svg, size));
    written.push(file);
  }
  mkdirSync(storeDir, { recursive: true });
  for (const size of STORE_ICON_SIZES) {
    const file = join(storeDir, `store-icon-${size}.png`);
    writeFileSync(file, renderIcon(svg, size));
    written.push(file);
  }
  return written;
}
