/**
 * The plan file's tables, as the contract speaks of them: a command's step names the tables it
 * wrote (plan.changed), and a query channel the tables it reads, so a screen refetches a query
 * only when a change touched what it shows. Kept equal to the schema by a test.
 */
export const planTables = [
  'plan', 'funding_source', 'sector', 'stakeholder', 'engagement', 'engagement_history', 'network', 'network_sector',
  'network_member', 'action', 'action_sector', 'action_partner', 'action_network', 'funding_line', 'milestone', 'indicator',
  'measurement', 'workshop', 'workshop_sector', 'workshop_participant', 'workshop_action', 'agenda_item', 'workshop_capture',
  'workshop_decision', 'decision_action', 'decision_sector',
  'plan_translation', 'sector_translation', 'action_translation', 'indicator_translation', 'network_translation',
  'analysis_document', 'governance_seat', 'criterion_assessment',
  'plan_version', 'plan_version_chunk',
] as const;
export type PlanTable = (typeof planTables)[number];
