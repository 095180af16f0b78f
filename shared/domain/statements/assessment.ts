import type { Evidence, Gap } from '../../schemas/assessment';
import { formatDate } from '../format';
import { listOf, type Translate } from './translate';

/**
 * The self-assessment's sentences, built once from the evidence (shared/domain/enabling-condition.ts)
 * for the screen, the Dashboard tile, the XLSX and the PDF annex. Each is true for none, one and
 * many: a gap is only said when there is something missing, and its count picks the plural form.
 */
export type CriterionEvidence = Evidence['criteria'][number];

/** A gap as a sentence: its names listed in the UI language (helixes translated). */
export function gapText(g: Gap, t: Translate, lng: string): string {
  const names = g.helixes ? g.helixes.map((h) => t(`helix.${h}`)) : g.names;
  return t(`assessment.gap.${g.key}`, { count: g.count, names: listOf(names, lng) });
}

/** What the plan holds for one criterion, as short sentences (the XLSX's and the annex's evidence summary). */
export function evidenceSentences(e: Evidence, criterion: number, t: Translate, lng: string): string[] {
  const c = e.criteria.find((x) => x.criterion === criterion);
  if (!c) return [];
  if (!c.relevant) return [t('assessment.fact.notRelevant')];
  switch (criterion) {
    case 1: {
      if (!e.documents.length) return [];
      const latest = e.documents[0]!;
      return [t('assessment.fact.documents', { count: e.documents.length, title: latest.title, date: formatDate(latest.issuedOn, lng) })];
    }
    case 2:
      return [
        ...(e.body.name ? [t('assessment.fact.body', { body: e.body.name })] : []),
        ...(e.body.mandate ? [t('assessment.fact.mandate', { mandate: e.body.mandate })] : []),
        ...(e.body.seats ? [t('assessment.fact.seats', { count: e.body.seats })] : []),
      ];
    case 3:
      return [
        ...(e.indicators.planLevel.length ? [t('assessment.fact.planIndicators', { count: e.indicators.planLevel.length })] : []),
        ...e.indicators.bySector
          .filter((s) => s.indicators.length)
          .map((s) => t('assessment.fact.sectorIndicators', { count: s.indicators.length, sector: s.sectorName, recent: s.indicators.filter((i) => i.recent).length })),
      ];
    case 4:
      if (!e.participation.workshops) return [];
      return [
        t('assessment.fact.workshops', {
          count: e.participation.workshops,
          business: e.participation.byHelix.business,
          academia: e.participation.byHelix.academia,
          public: e.participation.byHelix.public,
          civil: e.participation.byHelix.civil,
        }),
        ...e.participation.bySector.filter((s) => s.workshops).map((s) => t('assessment.fact.sectorWorkshops', { count: s.workshops, sector: s.sectorName })),
      ];
    case 5:
    case 6: {
      const actions = criterion === 5 ? e.researchSystem : e.industrialTransition;
      return actions.length ? [t('assessment.fact.taggedActions', { count: actions.length, names: listOf(actions.map((a) => a.title), lng) })] : [];
    }
    case 7:
      return e.international
        .filter((s) => s.networks.length)
        .map((s) => t('assessment.fact.sectorNetworks', { count: s.networks.length, sector: s.sectorName, names: listOf(s.networks.map((n) => n.name), lng) }));
    default:
      return [];
  }
}

/** The judgement as the officer recorded it ("Not assessed" when there is none). */
export const judgementText = (c: CriterionEvidence, t: Translate): string => t(`assessment.judgement.${c.judgement ?? 'none'}`);
