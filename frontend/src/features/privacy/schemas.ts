import { z } from 'zod';
import { optionalDate } from '@/lib/schema';
import { PRIVACY_REQUEST_KINDS } from './types';

export const privacyRequestSchema = z.object({
  personId: z.string().min(1, 'validation.required'),
  kind: z.enum(PRIVACY_REQUEST_KINDS),
  receivedOn: optionalDate,
});
