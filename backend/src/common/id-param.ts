import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from './errors';
import { CommonError } from './common.errors';

/** A route's `:id` (or another named param) that must be a UUID: a malformed one is a 400, not a 500. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({ exceptionFactory: () => ValidationFailed.field(name, CommonError.InvalidIdentifier) }),
  );
