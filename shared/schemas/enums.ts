import { z } from 'zod';

// The order of each list is meaningful: it is the order the UI shows them in.
export const helixes = ['business', 'academia', 'public', 'civil'] as const;
export const stakeholderTypes = [
  'sme', 'large_company', 'cluster', 'development_company', 'university', 'uas', 'vocational_school',
  'research_institute', 'municipality', 'agency', 'association', 'citizen_group', 'other',
] as const;
export const stakeholderSizes = ['micro', 'small', 'medium', 'large'] as const;
/** Engagement levels from the shallowest to the deepest. */
export const engagementLevels = ['aware', 'informed', 'consulted', 'involved', 'committed', 'leading'] as const;
export const networkScopes = ['regional', 'national', 'eu', 'global'] as const;
export const memberships = ['member', 'partner', 'observer', 'planned'] as const;
export const actionTypes = ['project', 'programme', 'call', 'event_series', 'study', 'service'] as const;
export const actionStatuses = ['planned', 'running', 'completed', 'late', 'cancelled'] as const;
export const fundingKinds = ['erdf', 'jtf', 'esf_plus', 'interreg', 'horizon', 'akke', 'municipal', 'private', 'custom'] as const;
export const indicatorKinds = ['output', 'result'] as const;
export const planLanguages = ['fi', 'sv', 'en'] as const;

export const HelixSchema = z.enum(helixes);
export const StakeholderTypeSchema = z.enum(stakeholderTypes);
export const StakeholderSizeSchema = z.enum(stakeholderSizes);
export const EngagementLevelSchema = z.enum(engagementLevels);
export const NetworkScopeSchema = z.enum(networkScopes);
export const MembershipSchema = z.enum(memberships);
export const ActionTypeSchema = z.enum(actionTypes);
export const ActionStatusSchema = z.enum(actionStatuses);
export const FundingKindSchema = z.enum(fundingKinds);
export const IndicatorKindSchema = z.enum(indicatorKinds);
export const PlanLanguageSchema = z.enum(planLanguages);
export type PlanLanguage = z.infer<typeof PlanLanguageSchema>;

export type Helix = z.infer<typeof HelixSchema>;
export type EngagementLevel = z.infer<typeof EngagementLevelSchema>;
export type NetworkScope = z.infer<typeof NetworkScopeSchema>;
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** How often an indicator is measured (the monitoring and evaluation framework). */
export const indicatorFrequencies = ['monthly', 'quarterly', 'yearly', 'biennial', 'once'] as const;
export const IndicatorFrequencySchema = z.enum(indicatorFrequencies);
export type IndicatorFrequency = z.infer<typeof IndicatorFrequencySchema>;

/** The officer's judgement of an enabling-condition criterion; null (none) until one is recorded. */
export const judgements = ['fulfilled', 'partly', 'notYet'] as const;
export const JudgementSchema = z.enum(judgements);
export type Judgement = z.infer<typeof JudgementSchema>;
