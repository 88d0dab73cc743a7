/**
 * The installed app's icons, drawn at build time from one SVG (design/app-icon.svg): a full-bleed
 * square whose mark sits inside the maskable safe zone, so the same drawing serves every purpose.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { appIcons, appleTouchIcon } from '../lib/offline/webManifest.ts';

export async function writeAppIcons(svgPath: string, dist: string): Promise<void> {
  const svg = readFileSync(svgPath);
  mkdirSync(`${dist}icons`, { recursive: true });
  const sizes = [
    ...appIcons.map((icon) => ({ src: icon.src, size: Number(icon.sizes.split('x')[0]) })),
    { src: appleTouchIcon.src, size: appleTouchIcon.size },
  ];
  for (const { src, size } of sizes) {
    await sharp(svg, { density: Math.ceil((72 * size) / 64) })
      .resize(size, size)
      .png({ compressionLevel: 9, palette: true })
      .toFile(`${dist}${src.slice(1)}`);
  }
}
