// How a chart looks to a viewer with a colour-vision deficiency, on greyscale paper and on a
// washed-out projector: each a real transform of a screenshot's pixels (Machado, Oliveira and
// Fernandes 2009 for protanopia and deuteranopia, severity 1, in linear RGB; luminance for
// greyscale; 60 % contrast with raised blacks for the projector), and CIE76 ΔE to compare.
import type { Image } from './png';

export const simulations = ['normal', 'deuteranopia', 'protanopia', 'greyscale', 'washedOut'] as const;
export type Simulation = (typeof simulations)[number];
export type Rgb = [number, number, number];

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.max(0, Math.min(1, v));
  return Math.round((c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055) * 255);
};
const matrices: Partial<Record<Simulation, number[][]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

export function simulate([r, g, b]: Rgb, sim: Simulation): Rgb {
  if (sim === 'normal') return [r, g, b];
  if (sim === 'washedOut') return [r, g, b].map((c) => Math.round(0.6 * c + 0.3 * 255)) as Rgb;
  const lin = [toLinear(r), toLinear(g), toLinear(b)];
  if (sim === 'greyscale') {
    const y = toSrgb(0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!);
    return [y, y, y];
  }
  const m = matrices[sim]!;
  return m.map((row) => toSrgb(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)) as Rgb;
}

/** The whole image through a simulation (for looking at). */
export function simulateImage(img: Image, sim: Simulation): Image {
  const data = new Uint8Array(img.data);
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = simulate([data[i]!, data[i + 1]!, data[i + 2]!], sim);
    data[i] = r;
    data[i + 1] = g;
    data[i + 2] = b;
  }
  return { ...img, data };
}

function toLab([r, g, b]: Rgb): Rgb {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

export function deltaE(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The mean colour of the pixels inside boxes (device pixels), each box shrunk by `inset`. */
export function meanColour(img: Image, boxes: { x: number; y: number; width: number; height: number }[], inset = 3): Rgb | null {
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (const box of boxes) {
    const x0 = Math.max(0, Math.ceil(box.x + inset));
    const y0 = Math.max(0, Math.ceil(box.y + inset));
    const x1 = Math.min(img.width, Math.floor(box.x + box.width - inset));
    const y1 = Math.min(img.height, Math.floor(box.y + box.height - inset));
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        const o = (y * img.width + x) * 4;
        r += img.data[o]!;
        g += img.data[o + 1]!;
        b += img.data[o + 2]!;
        n++;
      }
  }
  return n ? [Math.round(r / n), Math.round(g / n), Math.round(b / n)] : null;
}
