import type { z } from 'zod';
import type {
  ActionStatusSchema, ActionTypeSchema, EngagementLevelSchema, FundingKindSchema, HelixSchema, IndicatorKindSchema,
  MembershipSchema, NetworkScopeSchema, PlanLanguageSchema, StakeholderSizeSchema, StakeholderTypeSchema,
} from '../../../shared/schemas/enums';

/** The shape of resources/example-plan/example-plan.json; keys link records within the file. */
export interface ExampleSource {
  plan: { name: string; region: string; periodStart: number; periodEnd: number; vision: string; languages: z.infer<typeof PlanLanguageSchema>[] };
  fundingSources: z.infer<typeof FundingKindSchema>[];
  /** Named versions the example carries (issue 21): the plan as it stood on asOf. */
  versions?: { name: string; createdAt: string; asOf: string }[];
  sectors: { key: string; name: string; description: string; rationale: string; economicDomain: string; scientificDomain: string; policyObjective: string; naceCodes: string }[];
  stakeholders: {
    key: string; name: string; helix: z.infer<typeof HelixSchema>; type: z.infer<typeof StakeholderTypeSchema>;
    size: z.infer<typeof StakeholderSizeSchema> | null; municipality: string; website: string; contactName: string;
    contactEmail: string; contactPhone: string; notes: string; example: boolean;
    engagements: { sector: string; history: { level: z.infer<typeof EngagementLevelSchema>; date: string }[] }[];
  }[];
  networks: {
    key: string; name: string; scope: z.infer<typeof NetworkScopeSchema>; membership: z.infer<typeof MembershipSchema>;
    description: string; website: string; sectors: string[]; members: string[];
  }[];
  actions: {
    key: string; title: string; type: z.infer<typeof ActionTypeSchema>; lead: string | null; partners: string[]; sectors: string[];
    networks: string[]; status: z.infer<typeof ActionStatusSchema>; start: string; end: string; progress: number; description: string;
    funding: { source: z.infer<typeof FundingKindSchema>; planned: number; committed: number; spent: number }[];
    milestones: { title: string; due: string; done: string | null }[];
  }[];
  indicators: {
    key: string; name: string; kind: z.infer<typeof IndicatorKindSchema>; unit: string;
    baseline: { value: number; year: number }; target: { value: number; year: number };
    sector: string | null; action: string | null; measurements: { value: number; date: string; source: string }[];
  }[];
  workshops: {
    key: string; title: string; date: string; place: string; sectors: string[]; participants: string[];
    outcomes: string; decisions: string; actions: string[];
  }[];
}
