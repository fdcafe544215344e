'use client';

import type { ReactNode } from 'react';
import { useAppAbility, type Action, type Subject } from '@/lib/ability';
import { NoAccess } from './no-access';

/**
 * A page under a menu entry the user has, that their roles still do not open (the donors, under the donations
 * everyone follows): refused whole, as the shell refuses a page without its menu entry, before it asks the API.
 */
export function Allowed({ can: [action, subject], children }: { can: [Action, Subject]; children: ReactNode }) {
  const ability = useAppAbility();
  return ability.can(action, subject) ? children : <NoAccess />;
}
