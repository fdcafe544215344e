import { z } from 'zod';
import { requiredEmail, requiredText } from '@/lib/schema';
import { ROLES } from '@/features/auth/types';

const roles = z.array(z.enum(ROLES)).min(1, 'validation.oneRole');

export const invitationSchema = z.object({
  email: requiredEmail,
  firstName: requiredText(100),
  lastName: requiredText(100),
  roles,
  organisationIds: z.array(z.string()),
});

export const rolesSchema = z.object({ roles });
