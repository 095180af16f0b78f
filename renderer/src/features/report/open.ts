import { useSyncExternalStore } from 'react';

// Whether File → Export PDF's dialog is open: a tiny store the command switch sets.
let open = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => {
  open = value;
  for (const l of listeners) l();
};

export const openReportExport = () => set(true);
export const closeReportExport = () => set(false);
export const useReportExportOpen = () =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => open,
  );
