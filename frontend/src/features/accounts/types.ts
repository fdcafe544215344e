import type { Role } from '@/features/auth/types';

export interface Account {
  id: string;
  email: string;
  displayName: string;
  personId: string | null;
  roles: Role[];
  disabledAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface AccountListQuery {
  q?: string;
  role?: Role;
  page?: number;
  pageSize?: number;
}

export interface InvitationInput {
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  organisationIds: string[];
}

export interface InvitationSent {
  id: string;
  email: string;
  expiresAt: string;
}
