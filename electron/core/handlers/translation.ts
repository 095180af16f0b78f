import type { Handlers } from './types';
import { listTranslations, setTranslations } from '../storage/repos/translation-repo';

export const translationHandlers = {
  'translation.list': (ctx, { lang }) => listTranslations(ctx.db(), lang),
  'translation.set': (ctx, { owner, ownerId, lang, texts }) => setTranslations(ctx.db(), owner, ownerId, lang, texts),
} satisfies Handlers<'translation.list' | 'translation.set'>;
