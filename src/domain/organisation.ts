/**
 * The directory of partner organisations and their contacts, shared by every trip: the knowledge an
 * agency keeps from one mission to the next.
 */
import { z } from 'zod';

/** Persisted values: do not rename. */
export const ORGANISATION_TYPES = [
  'government',
  'company',
  'university',
  'investment-agency',
  'chamber-of-commerce',
  'technology-park',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  government: 'Government body',
  company: 'Company',
  university: 'University or research institute',
  'investment-agency': 'Investment agency',
  'chamber-of-commerce': 'Chamber of commerce',
  'technology-park': 'Technology park or incubator',
  other: 'Other',
};

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  /** The name in local script, such as 正信集团. */
  nameLocal: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  sector: z.string(),
  city: z.string(),
  /** ISO 3166-1 alpha-2 code, or empty when unknown. */
  country: z.string().regex(/^([A-Z]{2})?$/),
  website: z.string(),
  address: z.string(),
  addressLocal: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  /** Archived organisations keep their history but leave the pickers. */
  archived: z.boolean(),
  sample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const contactSchema = z.object({
  id: z.string().min(1),
  organisationId: z.string().min(1),
  name: z.string().trim().min(1),
  nameLocal: z.string(),
  title: z.string(),
  email: z.string(),
  phone: z.string(),
  wechat: z.string(),
  languages: z.array(z.string()),
  notes: z.string(),
  sample: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;
