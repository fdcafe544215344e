import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateBy, ValidationOptions } from 'class-validator';

const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day `YYYY-MM-DD` that exists (no 2025-02-30). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateOnly',
      validator: {
        validate: (v: unknown) => {
          if (typeof v !== 'string' || !DATE_ONLY.test(v)) return false;
          const d = new Date(`${v}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
        },
      },
    },
    options,
  );
}

/** Money as a whole, non-negative number of cents. */
export function IsCents(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy({ name: 'isCents', validator: { validate: (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0 } }, options),
  );
}

/** A trimmed text, empty turned into null, with a maximum length. */
export function OptionalText(max: number): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
    IsString(),
    MaxLength(max),
  );
}

export function RequiredText(max: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    ValidateBy({ name: 'isNotEmpty', validator: { validate: (v: unknown) => typeof v === 'string' && v.length > 0 } }),
    MaxLength(max),
  );
}

/** An upload route's body limit, above the API's default one (see app.factory.ts). */
export const LargeBody = (bytes: number) => RouteConfig({ bodyLimit: bytes });
