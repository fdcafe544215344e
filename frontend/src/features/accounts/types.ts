import type { AccountResponse, AccountsListParams, InvitationSentResponse, InviteDto } from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type Account = AccountResponse;
export type AccountListQuery = AccountsListParams;
export type InvitationInput = InviteDto;
export type InvitationSent = InvitationSentResponse;
