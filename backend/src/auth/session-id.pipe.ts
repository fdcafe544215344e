import type { PipeTransform } from '@nestjs/common';
import { ValidationFailed } from '../common/errors';
import { AuthError } from './auth.errors';

/**
 * A listed session's id: 16 hex digits (see SessionService.listFor). In a file of its own: the Swagger plugin
 * takes every class of a controller's file for a controller.
 */
export class ParseSessionIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[0-9a-f]{16}$/.test(value)) throw ValidationFailed.field('id', AuthError.InvalidIdentifier);
    return value;
  }
}
