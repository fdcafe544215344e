import {
  FeedHealth,
  OnboardingStep,
  SourceDataKind,
  type FeedCheckResponse,
  type MoveStepDto,
  type SourceDetailResponse,
  type SourceResponse,
  type SourcesListParams,
} from '@/lib/generated/api';

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type { FeedHealth, OnboardingStep, SourceDataKind };
export type Source = SourceResponse;
export type SourceDetail = SourceDetailResponse;
export type FeedCheck = FeedCheckResponse;
export type StepMove = MoveStepDto;
export type SourceListQuery = SourcesListParams;

export const ONBOARDING_STEPS = Object.values(OnboardingStep);
export const FEED_HEALTHS = Object.values(FeedHealth);
export const SOURCE_DATA_KINDS = Object.values(SourceDataKind);
