import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, IsUrl, MaxLength, ValidateIf } from 'class-validator';

/** Query strings and optional fields: '' means "none", 'true'/'false' are booleans. */
export const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;
export const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** A non-nullable optional field: absent is fine, null is not (it would erase a required value). */
export const UnlessAbsent = () => ValidateIf((_o: unknown, v: unknown) => v !== undefined);

/** An http(s) link, or nothing ('' clears it). */
export const OptionalUrl = (max: number) =>
  applyDecorators(
    IsOptional(),
    Transform(emptyToNull),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }),
    MaxLength(max),
  );
