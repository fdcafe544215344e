import { IsOptional, IsUUID } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsDateOnly } from '../../../common/decorators';
import { PageQuery } from '../../../common/pagination';
import {
  PRIVACY_REQUEST_KINDS,
  PRIVACY_REQUEST_STATUSES,
  type PrivacyRequestKind,
  type PrivacyRequestStatus,
} from '../privacy-request.entity';

export class CreatePrivacyRequestDto {
  @IsUUID()
  personId: string;

  @OneOf(PRIVACY_REQUEST_KINDS, 'PrivacyRequestKind')
  kind: PrivacyRequestKind;

  /** The day the request reached the network (Paris); today when left out. The legal deadline runs from it. */
  @IsOptional()
  @IsDateOnly({ yearsBack: 5, yearsAhead: 0 })
  receivedOn?: string;
}

export class PrivacyRequestQuery extends PageQuery {
  @IsOptional()
  @OneOf(PRIVACY_REQUEST_STATUSES, 'PrivacyRequestStatus')
  status?: PrivacyRequestStatus;

  @IsOptional()
  @IsUUID()
  personId?: string;
}
