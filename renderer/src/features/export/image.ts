import { useCallback } from 'react';
import { useApi, useAppStoreApi } from '../../store/context';
import { base64Of, download, pngFile, svgFile } from '../../components/charts/export';
import { fileName } from '../../commands/dialogs';

export type ImageFormat = 'png' | 'svg';

/**
 * A chart to PNG or SVG. In the desktop app the native Save dialog for that format asks where
 * (its own filter and folder) and the core writes the file; the browser host downloads it.
 */
export function useImageExport(): (svg: SVGSVGElement, name: string, background: string, format: ImageFormat) => void {
  const api = useApi();
  const store = useAppStoreApi();
  return useCallback(
    (svg, name, background, format) => {
      const file = `${name}.${format}`;
      void (async () => {
        const blob = format === 'png' ? await pngFile(svg, background) : svgFile(svg, background);
        const picked = await api.call('host.pickPath', { mode: 'save', purpose: format, suggestedName: file });
        if (!picked.ok) return store.getState().showAlert(picked.error);
        if (!picked.value.supported) return download(blob, file);
        if (!picked.value.path) return;
        // The native Save dialog has asked before replacing a file there (a plan is refused all the same).
        const written = await api.call('export.image', { path: picked.value.path, format, data: await base64Of(blob), overwrite: true });
        if (!written.ok) return store.getState().showAlert(written.error);
        store.getState().notify('charts.card.saved', { file: fileName(written.value.path) });
      })();
    },
    [api, store],
  );
}
