import { EnumOf, ReadAs } from '../../../common/contract';
import { LOCALES } from '../../../auth/dto/auth.response';
import {
  PIPELINE_STAGES,
  VOLUNTEER_SOURCES,
  type PipelineStage,
  type VolunteerSource,
} from '../group-volunteer.entity';
import { HEARD_FROM, WEEK_DAYS, type HeardFrom, type WeekDay } from '../volunteer-profile.entity';

/** What a volunteer offers, whatever the group. */
export class VolunteerOfferResponse {
  skills: string[];
  hoursPerMonth: number | null;
  @EnumOf(WEEK_DAYS, 'WeekDay', { isArray: true }) availableDays: WeekDay[];
  territory: string | null;
  @EnumOf(HEARD_FROM, 'HeardFrom', { nullable: true }) heardFrom: HeardFrom | null;
  heardFromDetail: string | null;
}

/** A volunteer's card on a group's board. */
@ReadAs('GroupVolunteer')
export class BoardCardResponse extends VolunteerOfferResponse {
  id: string;
  groupId: string;
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  @EnumOf(PIPELINE_STAGES, 'PipelineStage') stage: PipelineStage;
  stageChangedAt: Date;
  createdAt: Date;
  /** What the volunteer wrote when offering to join. */
  message: string | null;
  @EnumOf(VOLUNTEER_SOURCES, 'VolunteerSource') source: VolunteerSource;
  /** Waiting for a welcome longer than the group allows. */
  overdue: boolean;
}

@ReadAs('GroupVolunteer')
export class MovedCardResponse extends BoardCardResponse {
  /** Whether a welcome email was queued with the move (the outbox retries it while the relay is down). */
  welcomeEmailSent: boolean;
}

/** One move in the pipeline. */
export class VolunteerStepResponse {
  @EnumOf(PIPELINE_STAGES, 'PipelineStage') stage: PipelineStage;
  @EnumOf(PIPELINE_STAGES, 'PipelineStage', { nullable: true }) fromStage: PipelineStage | null;
  at: Date;
  /** Who moved the card; null: the volunteer, through the public form. */
  byName: string | null;
  note: string | null;
}

/** The volunteer's place in one group: only the groups whose pipeline the reader may see. */
@ReadAs('GroupVolunteer')
export class VolunteerEntryResponse {
  id: string;
  groupId: string;
  personId: string;
  groupName: string;
  welcomeWithinDays: number;
  @EnumOf(PIPELINE_STAGES, 'PipelineStage') stage: PipelineStage;
  stageChangedAt: Date;
  createdAt: Date;
  message: string | null;
  @EnumOf(VOLUNTEER_SOURCES, 'VolunteerSource') source: VolunteerSource;
  overdue: boolean;
  steps: VolunteerStepResponse[];
}

export class VolunteerProfileResponse extends VolunteerOfferResponse {
  id: string;
  personId: string;
  /** The language of the emails they receive. */
  @EnumOf(LOCALES, 'Locale') locale: 'fr' | 'en';
  createdAt: Date;
  updatedAt: Date;
}

export class VolunteerOrganisationResponse {
  id: string;
  name: string;
}

/** The proof of a consent given on the public sign-up form: the version and the exact words shown. */
export class VolunteerConsentResponse {
  version: string;
  @EnumOf(LOCALES, 'Locale') locale: 'fr' | 'en';
  text: string;
  givenAt: Date;
  groupId: string | null;
}

/** A volunteer as their group's leads (or they themselves) see them. */
export class VolunteerResponse {
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  profile: VolunteerProfileResponse;
  organisations: VolunteerOrganisationResponse[];
  entries: VolunteerEntryResponse[];
  consents: VolunteerConsentResponse[];
}

/** Volunteer time recorded as a draft working-time contribution. */
export class LoggedTimeResponse {
  contributionId: string;
  organisationId: string;
  personId: string;
  groupId: string;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  @EnumOf(['hours', 'days'], 'VolunteerTimeUnit') unit: 'hours' | 'days';
  description: string | null;
}

export class SignupGroupResponse {
  id: string;
  name: string;
  mission: string | null;
}

export class SignupConsentResponse {
  version: string;
  /** In the visitor's language. */
  text: string;
}

/** What the public sign-up form shows. */
export class SignupFormResponse {
  groups: SignupGroupResponse[];
  consent: SignupConsentResponse;
}
