// The sv words in one chunk, loaded when the language is first needed (i18n.ts).
/// <reference types="vite/client" />
import main from '../../../../resources/locales/sv.json';

const features = import.meta.glob<Record<string, unknown>>('../../../../resources/locales/*.sv.json', { eager: true, import: 'default' });

export default Object.assign({}, main, ...Object.values(features)) as Record<string, unknown>;
