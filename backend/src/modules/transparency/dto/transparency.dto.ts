import { IsBoolean } from 'class-validator';

export class TransparencySettingsDto {
  /** Whether the public transparency page (and its API) answers at all. */
  @IsBoolean()
  enabled: boolean;
}
