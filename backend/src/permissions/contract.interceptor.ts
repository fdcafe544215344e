import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { RESPONSE_KEY, type ResponseContract } from '../common/contract';
import type { ResponseShaper } from './response-shaper';

const PRIMITIVES = new Set<unknown>([String, Number, Boolean]);

/**
 * Every JSON answer passes through its route's declared contract (see common/contract.ts): shaped to the
 * declared class and filtered by the reader's ability. A route that declares no contract answers nothing
 * until it does, so an undeclared shape never leaves the server.
 */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly shaper: ResponseShaper,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const contract = this.reflector.get<ResponseContract | undefined>(RESPONSE_KEY, context.getHandler());
    if (!contract)
      throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no response contract`);
    // Strings and numbers have no fields to filter.
    if (contract.kind !== 'json' || PRIMITIVES.has(contract.type)) return next.handle();
    const ability = context.switchToHttp().getRequest<FastifyRequest>().ctx!.ability;
    return next
      .handle()
      .pipe(map((body: unknown) => this.shaper.shape(contract.type.name, body, ability, contract.isArray)));
  }
}
