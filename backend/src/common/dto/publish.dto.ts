import { IsBoolean } from 'class-validator';

/** Whether a record is shown on the network's public transparency page. */
export class PublishDto {
  @IsBoolean()
  published: boolean;
}
