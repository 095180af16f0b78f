// The fi words in one chunk, loaded when the language is first needed (i18n.ts).
/// <reference types="vite/client" />
import main from '../../../../resources/locales/fi.json';

const features = import.meta.glob<Record<string, unknown>>('../../../../resources/locales/*.fi.json', { eager: true, import: 'default' });

export default Object.assign({}, main, ...Object.values(features)) as Record<string, unknown>;
