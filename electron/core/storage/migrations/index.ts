import type { Migration } from './types';
import { initial } from './0001-initial';
import { workshopAgenda } from './0002-workshop-agenda';

/** Append-only: never edit a released migration, add the next one. */
export const migrations: readonly Migration[] = [initial, workshopAgenda];

export const currentSchemaVersion = migrations[migrations.length - 1]!.version;
