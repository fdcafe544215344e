import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { RESPONSE_KEY, type ResponseContract } from '../../src/common/contract';
import { POLICY_KEY, type RoutePolicy } from '../../src/permissions/policy.decorator';

export interface DiscoveredRoute {
  key: string; // e.g. "PATCH /api/organisations/:id"
  policy: RoutePolicy | undefined;
  contract: ResponseContract | undefined;
  /** Whether the handler reads a request body (`@Body()`). */
  hasBody: boolean;
}

const join = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');

/** Every route the application serves, read from its controllers, with the policy each declares. */
export function discoverRoutes(app: INestApplication, prefix = 'api'): DiscoveredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: DiscoveredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const base: string = Reflect.getMetadata(PATH_METADATA, metatype) ?? '';
    const proto = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name];
      const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
      const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
      if (path === undefined || method === undefined) continue;
      routes.push({
        key: `${RequestMethod[method]} ${join(prefix, base, path)}`,
        policy: reflector.getAllAndOverride<RoutePolicy>(POLICY_KEY, [handler, metatype]),
        contract: reflector.get<ResponseContract>(RESPONSE_KEY, handler),
        hasBody: Object.keys(Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}).some((k) =>
          k.startsWith(`${RouteParamtypes.BODY}:`),
        ),
      });
    }
  }
  return routes;
}
