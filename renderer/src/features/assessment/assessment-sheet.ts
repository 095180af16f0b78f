import type { Evidence } from '../../../../shared/schemas/assessment';
import { evidenceSentences, gapText, judgementText, type CriterionEvidence } from '../../../../shared/domain/statements/assessment';
import type { Translate } from '../../../../shared/domain/statements/translate';

/** The self-assessment as a table: a row per criterion (the XLSX export; the PDF annex shows the same). */
export function assessmentTable(e: Evidence, t: Translate, lng: string): { headers: string[]; rows: string[][] } {
  const row = (c: CriterionEvidence) => [
    `${t('assessment.number', { n: c.criterion })}. ${t(`assessment.criterion.${c.criterion}`)}`,
    evidenceSentences(e, c.criterion, t, lng).join('\n') || t('assessment.noEvidence'),
    c.gaps.map((g) => gapText(g, t, lng)).join('\n') || t('assessment.noGaps'),
    judgementText(c, t),
    c.note,
  ];
  return {
    headers: ['criterion', 'evidence', 'gaps', 'judgement', 'note'].map((k) => t(`assessment.sheet.${k}`)),
    rows: e.criteria.map(row),
  };
}
