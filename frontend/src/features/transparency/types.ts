import type {
  PublicGrantResponse,
  PublicInKindResponse,
  PublicSplitResponse,
  PublicTransparencyResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type PublicTransparency = PublicTransparencyResponse;
export type PublicGrant = PublicGrantResponse;
export type PublicSplit = PublicSplitResponse;
export type PublicInKind = PublicInKindResponse;
