import { z } from 'zod';
import { optionalEmail, optionalText, requiredText } from '@/lib/schema';
import { MEMBERSHIP_ROLES, type Person } from './types';

export const personSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: optionalEmail,
  phone: optionalText(40),
  notes: optionalText(5000),
  memberships: z.array(
    z.object({
      organisationId: z.string().min(1, 'validation.required'),
      // Selects hold '' until a choice is made.
      role: z.string().pipe(z.enum(MEMBERSHIP_ROLES, 'validation.required')),
    }),
  ),
});

export type PersonFormValues = z.input<typeof personSchema>;

export function personFormValues(person?: Person): PersonFormValues {
  return {
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    notes: person?.notes ?? '',
    memberships: person?.memberships.map(({ organisationId, role }) => ({ organisationId, role })) ?? [],
  };
}
