import { EnumOf, ReadAs } from '../../../common/contract';
import { FEED_FAILURES, type FeedFailure } from '../feed-client';
import {
  FEED_HEALTHS,
  FEED_KINDS,
  ONBOARDING_STEPS,
  SOURCE_DATA_KINDS,
  type FeedHealth,
  type FeedKind,
  type OnboardingStep,
  type SourceDataKind,
} from '../source.entity';

/** A source with its step and the figures of its last successful reading. */
@ReadAs('Source')
export class SourceResponse {
  id: string;
  name: string;
  organisationId: string | null;
  organisationName: string | null;
  partnerName: string | null;
  @EnumOf(SOURCE_DATA_KINDS, 'SourceDataKind') dataKind: SourceDataKind;
  licence: string | null;
  @EnumOf(FEED_KINDS, 'FeedKind') feedKind: FeedKind;
  feedUrl: string | null;
  groupId: string | null;
  groupName: string | null;
  referentPersonId: string | null;
  referentName: string | null;
  contacts: string | null;
  @EnumOf(ONBOARDING_STEPS, 'OnboardingStep') step: OnboardingStep;
  /** The day the current step was reached (YYYY-MM-DD). */
  stepReachedOn: string | null;
  nextStepOwnerId: string | null;
  nextStepOwnerName: string | null;
  nextStepDueOn: string | null;
  /** The next step's day has passed (in Paris) and the source is not autonomous yet. */
  stepOverdue: boolean;
  @EnumOf(FEED_HEALTHS, 'FeedHealth') health: FeedHealth;
  lastCheckedAt: Date | null;
  failingSince: Date | null;
  lastChangeAt: Date | null;
  /** Figures of the last successful reading (null: never read). */
  records: number | null;
  incomplete: number | null;
  /** Share of records missing a required field, in percent (one decimal). */
  incompletePercent: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export class SourceStepResponse {
  id: string;
  @EnumOf(ONBOARDING_STEPS, 'OnboardingStep') step: OnboardingStep;
  reachedOn: string;
  note: string | null;
  byName: string | null;
}

export class FeedCheckResponse {
  id: string;
  checkedAt: Date;
  ok: boolean;
  httpStatus: number | null;
  @EnumOf(FEED_FAILURES, 'FeedFailure', { nullable: true }) failure: FeedFailure | null;
  notModified: boolean;
  records: number | null;
  added: number | null;
  removed: number | null;
  incomplete: number | null;
  newestChangeAt: Date | null;
  durationMs: number;
}

/** The source's page: its onboarding history (oldest first) and its last readings (oldest first, for the chart). */
export class SourceDetailResponse extends SourceResponse {
  steps: SourceStepResponse[];
  checks: FeedCheckResponse[];
}
