import { useSyncExternalStore } from 'react';

const KEY = 's3.zoom';
export const zoomSteps = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const listeners = new Set<() => void>();

function read(): number {
  const v = Number(localStorage.getItem(KEY));
  return Number.isFinite(v) && v >= 0.5 && v <= 3 ? v : 1;
}

let current = typeof localStorage === 'undefined' ? 1 : read();

/** CSS zoom on the root element, remembered in localStorage. */
export function applyZoom(value = current) {
  current = value;
  document.documentElement.style.zoom = value === 1 ? '' : String(value);
  localStorage.setItem(KEY, String(value));
  for (const l of listeners) l();
}

export function zoomBy(direction: 1 | -1 | 0) {
  if (direction === 0) return applyZoom(1);
  const i = zoomSteps.findIndex((s) => s >= current - 0.001);
  const at = i === -1 ? zoomSteps.length - 1 : i;
  const next = zoomSteps[Math.min(zoomSteps.length - 1, Math.max(0, at + direction))] ?? 1;
  applyZoom(next);
}

export function useZoom(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
