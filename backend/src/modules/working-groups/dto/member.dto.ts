import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsDateOnly } from '../../../common/decorators';
import { MEMBER_ROLES, type MemberRole } from '../group-member.entity';

const emptyToNull = ({ value }: { value: unknown }) => (value === '' ? null : value);

export class AddMemberDto {
  @IsUUID()
  personId: string;

  @OneOf(MEMBER_ROLES, 'MemberRole')
  role: MemberRole;

  /** Today (Paris) when left out. */
  @IsOptional()
  @IsDateOnly()
  startedOn?: string;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  endedOn?: string | null;
}

/** Ends a term (its last day) or corrects its dates; the person and the role of a term never change. */
export class UpdateTermDto {
  @IsOptional()
  @IsDateOnly()
  startedOn?: string;

  @IsOptional()
  @Transform(emptyToNull)
  @IsDateOnly()
  endedOn?: string | null;
}
