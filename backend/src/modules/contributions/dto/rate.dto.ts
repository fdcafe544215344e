import { PickType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { OneOf } from '../../../common/contract';
import { IsCents, IsDateOnly, OptionalText, RequiredText } from '../../../common/decorators';
import {
  CONTRIBUTION_TYPES,
  CONTRIBUTION_UNITS,
  type ContributionType,
  type ContributionUnit,
} from '../contribution-types';

export class CreateRateDto {
  @OneOf(CONTRIBUTION_TYPES, 'ContributionType')
  type: ContributionType;

  @OneOf(CONTRIBUTION_UNITS, 'ContributionUnit')
  unit: ContributionUnit;

  @IsDateOnly()
  validFrom: string;

  @IsCents({ min: 1 })
  rateCents: number;

  @RequiredText(200)
  label: string;
}

/** A rate keeps its type and unit; a new kind of rate is a new row. */
export class UpdateRateDto extends PartialType(PickType(CreateRateDto, ['validFrom', 'rateCents', 'label'] as const)) {}

const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

export class UpdateInKindAccountDto {
  /** A use account of class 86 (e.g. 864, 8611). */
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^86\d{0,4}$/)
  chargeAccount: string | null;

  @OptionalText(120)
  chargeLabel: string | null;

  /** A resource account of class 87 (e.g. 875, 871). */
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^87\d{0,4}$/)
  productAccount: string | null;

  @OptionalText(120)
  productLabel: string | null;
}
