import { z } from 'zod';
import { optionalDate, optionalEmail, optionalText, optionalUrl, requiredText } from '@/lib/schema';
import { MEMBERSHIP_STATUSES, ORGANISATION_KINDS, type Organisation } from './types';

/** A register number as typed (« 123 456 789 »): spaces dropped, then the pattern, or nothing. */
const registerNumber = (pattern: RegExp, message: string) =>
  z
    .string()
    .transform((value) => value.replace(/\s/g, '').toUpperCase())
    .refine((value) => value === '' || pattern.test(value), message)
    .transform((value) => (value === '' ? null : value));

export const organisationSchema = z.object({
  name: requiredText(200),
  // Selects hold '' until a choice is made.
  kind: z.string().pipe(z.enum(ORGANISATION_KINDS, 'validation.required')),
  membershipStatus: z.string().pipe(z.enum(MEMBERSHIP_STATUSES, 'validation.required')),
  candidateSince: optionalDate,
  memberSince: optionalDate,
  formerSince: optionalDate,
  charterSignedOn: optionalDate,
  hasCopilSeat: z.boolean(),
  territory: optionalText(120),
  siren: registerNumber(/^\d{9}$/, 'organisations.invalid.siren'),
  rna: registerNumber(/^W\d{9}$/, 'organisations.invalid.rna'),
  postcode: registerNumber(/^\d{5}$/, 'organisations.invalid.postcode'),
  website: optionalUrl,
  contactEmail: optionalEmail,
  contactPhone: optionalText(40),
  description: optionalText(5000),
});

export type OrganisationFormValues = z.input<typeof organisationSchema>;

/** The form's starting values: an existing organisation, or a new candidate. */
export function organisationFormValues(organisation?: Organisation): OrganisationFormValues {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? '',
    membershipStatus: organisation?.membershipStatus ?? 'candidate',
    candidateSince: organisation?.candidateSince ?? '',
    memberSince: organisation?.memberSince ?? '',
    formerSince: organisation?.formerSince ?? '',
    charterSignedOn: organisation?.charterSignedOn ?? '',
    hasCopilSeat: organisation?.hasCopilSeat ?? false,
    territory: organisation?.territory ?? '',
    siren: organisation?.siren ?? '',
    rna: organisation?.rna ?? '',
    postcode: organisation?.postcode ?? '',
    website: organisation?.website ?? '',
    contactEmail: organisation?.contactEmail ?? '',
    contactPhone: organisation?.contactPhone ?? '',
    description: organisation?.description ?? '',
  };
}
