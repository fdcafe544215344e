import type {
  CoordinatorHomeResponse,
  HomeResponse,
  MissionMonthHomeResponse,
  OrganisationHomeResponse,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type Home = HomeResponse;
export type CoordinatorHome = CoordinatorHomeResponse;
export type OrganisationHome = OrganisationHomeResponse;
export type MissionMonthHome = MissionMonthHomeResponse;
