// Renders icon.svg (the app) and document.svg (a .s3plan file) with Chromium into the PNG,
// ICO (Windows) and ICNS (macOS) files electron-builder packs. Run after changing an SVG:
//   node resources/icons/make-icons.mjs
// ICO and ICNS are written here directly: both are a small header and a list of PNG images.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = import.meta.dirname;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();

async function render(svgFile, size) {
  const svg = fs.readFileSync(path.join(dir, svgFile), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** ICO: ICONDIR, one ICONDIRENTRY per image (PNG data; 256 is written as 0), then the images. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** ICNS: 'icns' and the total length, then (type, length, PNG) per image. */
const icnsTypes = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
function icns(images) {
  const chunks = images.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(icnsTypes[size], 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

for (const [svg, name] of [['icon.svg', 'icon'], ['document.svg', 's3plan']]) {
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const images = [];
  for (const size of sizes) images.push({ size, png: await render(svg, size) });
  const at = (size) => images.find((i) => i.size === size).png;
  fs.writeFileSync(path.join(dir, `${name}.png`), at(512));
  fs.writeFileSync(path.join(dir, `${name}.ico`), ico(images.filter((i) => [16, 24, 32, 48, 64, 128, 256].includes(i.size))));
  fs.writeFileSync(path.join(dir, `${name}.icns`), icns(images.filter((i) => i.size in icnsTypes)));
  if (name === 'icon') {
    // Linux: one PNG per size in a folder named by size (electron-builder's linux.icon).
    fs.mkdirSync(path.join(dir, 'linux'), { recursive: true });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) fs.writeFileSync(path.join(dir, 'linux', `${size}x${size}.png`), at(size));
  }
}
await browser.close();
console.log('icons written to', dir);
