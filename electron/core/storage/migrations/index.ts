import type { Migration } from './types';
import { initial } from './0001-initial';
import { workshopAgenda } from './0002-workshop-agenda';
import { contentTranslations } from './0003-content-translations';
import { referenceCodes } from './0004-reference-codes';
import { fundingYears } from './0005-funding-years';
import { workshopDecisions } from './0006-workshop-decisions';
import { selfAssessment } from './0007-self-assessment';
import { versions } from './0008-versions';
import { versionChunks } from './0009-version-chunks';
import { engagementTimeline } from './0010-engagement-timeline';

/** Append-only: never edit a released migration, add the next one. */
export const migrations: readonly Migration[] = [initial, workshopAgenda, contentTranslations, referenceCodes, fundingYears, workshopDecisions, selfAssessment, versions, versionChunks, engagementTimeline];

export const currentSchemaVersion = migrations[migrations.length - 1]!.version;
