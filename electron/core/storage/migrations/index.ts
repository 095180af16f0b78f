import type { Migration } from './types';
import { initial } from './0001-initial';
import { workshopAgenda } from './0002-workshop-agenda';
import { contentTranslations } from './0003-content-translations';
import { referenceCodes } from './0004-reference-codes';
import { versions } from './0008-versions';

/** Append-only: never edit a released migration, add the next one. */
export const migrations: readonly Migration[] = [initial, workshopAgenda, contentTranslations, referenceCodes, versions];

export const currentSchemaVersion = migrations[migrations.length - 1]!.version;
