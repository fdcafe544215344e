import { PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OneOf } from '../../../common/contract';
import { RequiredText } from '../../../common/decorators';
import { STRATEGY_STATUSES, type StrategyStatus } from '../strategy-action.entity';

const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '')
    : value;

export class CreateStrategyActionDto {
  /** None for a cross-cutting theme. */
  @IsOptional()
  @IsUUID()
  axisId?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  number?: number | null;

  @RequiredText(300)
  title: string;

  @RequiredText(10_000)
  content: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(trimAll)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  targetPublic?: string[];

  @IsOptional()
  @IsBoolean()
  involvesCopil?: boolean;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(999)
  personDaysPerMonth?: number | null;

  @IsOptional()
  @OneOf(STRATEGY_STATUSES, 'StrategyStatus')
  status?: StrategyStatus;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  groupIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  grantIds?: string[];

  /** The fund splits that carry money to the action; replaces the set. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  splitIds?: string[];

  /** The decisions that serve the action; replaces the set. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  decisionIds?: string[];
}

export class UpdateStrategyActionDto extends PartialType(CreateStrategyActionDto) {}
