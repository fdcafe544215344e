import { isCents } from '@maillage/emails/money';
import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';

const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** No date of this domain (a charter, a grant, a meeting) falls outside these years: 0001 or 9999 is a typing slip. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/** Where a domain's dates are near today (what was given or worked): how many years back and ahead are plausible. */
export interface DateWindow {
  yearsBack: number;
  yearsAhead: number;
}

/** Contributions and time logged: this decade's past and the coming year (a room lent next month). */
export const RECENT_WINDOW: DateWindow = { yearsBack: 10, yearsAhead: 1 };

const shiftYears = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};

/**
 * A calendar day `YYYY-MM-DD` that exists (no 2025-02-30), between 1900 and 2099; with a window, also within that
 * many years of today.
 */
export function IsDateOnly(window?: DateWindow, options?: ValidationOptions): PropertyDecorator {
  const day = ValidateBy(
    {
      name: 'isDateOnly',
      validator: {
        validate: (v: unknown) => {
          if (typeof v !== 'string' || !DATE_ONLY.test(v)) return false;
          const d = new Date(`${v}T00:00:00Z`);
          const year = d.getUTCFullYear();
          return (
            !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && year >= FIRST_YEAR && year <= LAST_YEAR
          );
        },
      },
    },
    options,
  );
  // The Swagger plugin sees only the decorators written in a DTO, not these: each describes its own bounds.
  const described = ApiProperty({ type: String, format: 'date' });
  if (!window) return applyDecorators(described, day);
  const near = ValidateBy(
    {
      name: 'isDateInWindow',
      constraints: [window.yearsBack, window.yearsAhead],
      // Only a well-formed day is judged here: anything else is the format's error.
      validator: {
        validate: (v: unknown) =>
          typeof v !== 'string' ||
          !DATE_ONLY.test(v) ||
          (v >= shiftYears(-window.yearsBack) && v <= shiftYears(window.yearsAhead)),
      },
    },
    options,
  );
  // The pipe stops at a field's first error, in the order they were applied: the format's is the one to show.
  return applyDecorators(described, day, near);
}

/** 10000000 as "10 000 000" in messages (plain spaces: Intl's are narrow no-break ones, awkward in tests and logs). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** 10 million euros: more on one line is a typing slip, unless a field says otherwise. */
export const MAX_CENTS = 1_000_000_000;

/** Money as a whole number of cents, from 0 (or `min`) to 10 million euros (or `max`). A rate takes `{ min: 1 }`. */
export function IsCents(bounds: { min?: number; max?: number } = {}, options?: ValidationOptions): PropertyDecorator {
  const { min = 0, max = MAX_CENTS } = bounds;
  return applyDecorators(
    ApiProperty({ type: 'integer', minimum: min, maximum: max }),
    ValidateBy(
      {
        name: 'isCents',
        constraints: [grouped(min / 100), grouped(max / 100)],
        validator: { validate: (v: unknown) => isCents(v) && v >= min && v <= max },
      },
      options,
    ),
  );
}

/** A quantity (hours, days, room-days, euros given): a number first, then more than 0 and at most `max`. */
export function IsQuantity(max = 1_000_000, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    // Two decimals at most: 0.01 is the least above 0.
    ApiProperty({ type: Number, minimum: 0.01, maximum: max }),
    IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, options),
    ValidateBy(
      {
        name: 'isQuantity',
        constraints: [grouped(max)],
        validator: { validate: (v: unknown) => typeof v === 'number' && v > 0 && v <= max },
      },
      options,
    ),
  );
}

/** A trimmed text, empty turned into null, with a maximum length. */
export function OptionalText(max: number): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value)),
    IsString(),
    MaxLength(max),
  );
}

export function RequiredText(max: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    ValidateBy({ name: 'isNotEmpty', validator: { validate: (v: unknown) => typeof v === 'string' && v.length > 0 } }),
    MaxLength(max),
  );
}

/** An upload route's body limit, above the API's default one (see app.factory.ts). */
export const LargeBody = (bytes: number) => RouteConfig({ bodyLimit: bytes });

/** An optional yes/no filter of a list's query string: `true` and `false` arrive as text. */
export const QueryFlag = () =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean(),
  );
