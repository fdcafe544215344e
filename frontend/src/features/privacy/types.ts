import type {
  CreatePrivacyRequestDto,
  PrivacyListParams,
  PrivacyRequestKind,
  PrivacyRequestResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type PrivacyRequest = PrivacyRequestResponse;
export type PrivacyRequestInput = CreatePrivacyRequestDto;
export type PrivacyQuery = PrivacyListParams;
export type { PrivacyRequestKind };
export const PRIVACY_REQUEST_KINDS = ['access', 'erasure', 'portability'] as const satisfies PrivacyRequestKind[];
