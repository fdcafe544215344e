import { type DynamicModule, Global, Module } from '@nestjs/common';

/**
 * The SQL of a signed-in person's group scopes, as columns of the session's one SQL (see session.service.ts):
 * `group_ids`, `welcome_group_ids` and `member_group_ids`, for the person whose id is the SQL expression given.
 * Auth declares what it needs; the working-groups domain provides it (app.module.ts composes them).
 */
export type SessionScopesSql = (personId: string) => string;

export const SESSION_SCOPES_SQL = Symbol('SESSION_SCOPES_SQL');

@Global()
@Module({})
export class SessionScopesModule {
  static provide(scopesSql: SessionScopesSql): DynamicModule {
    return {
      module: SessionScopesModule,
      providers: [{ provide: SESSION_SCOPES_SQL, useValue: scopesSql }],
      exports: [SESSION_SCOPES_SQL],
    };
  }
}
