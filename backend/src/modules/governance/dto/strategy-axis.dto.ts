import { PartialType } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { RequiredText } from '../../../common/decorators';

export class CreateStrategyAxisDto {
  /** Its place in the strategy ("Axe 2"); one axis per number. */
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

  @RequiredText(200)
  title: string;
}

export class UpdateStrategyAxisDto extends PartialType(CreateStrategyAxisDto) {}
