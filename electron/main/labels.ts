// Native UI text (menus, dialog filters) from the renderer's locale files, so both menus and
// every language share one source. A missing key falls back to the id, never to a crash.
import en from '../../resources/locales/en.json';
import fi from '../../resources/locales/fi.json';
import sv from '../../resources/locales/sv.json';
import type { UiLanguage } from '../../shared/schemas/app';

export type Messages = unknown;
/** Looks up a dotted key in nested messages; undefined when missing or not a string. */
export type Translate = (key: string) => string | undefined;

export const locales: Record<UiLanguage, Messages> = { en, fi, sv };

export function translator(messages: Messages): Translate {
  return (key) => {
    let node: unknown = messages;
    for (const part of key.split('.')) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' && node.length > 0 ? node : undefined;
  };
}

export { pickLanguage } from '../../shared/schemas/app';
