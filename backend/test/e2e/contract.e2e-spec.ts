import { createMongoAbility, subject as tagged, type MongoAbility } from '@casl/ability';
import { permittedFieldsOf, unpackRules, type PackRule } from '@casl/ability/extra';
import { readAsOf } from '../../src/common/contract';
import { fixtureBuilders, routeCases, writeCases } from '../permissions';
import { ACTORS, type Actor, type Fixtures, type ForbiddenWrite } from '../permissions/matrix';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { discoverRoutes, type DiscoveredRoute } from '../support/routes';

type Json = Record<string, unknown>;
interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
}
interface Reader {
  caller: Caller | null;
  personId: string | null;
  ability: MongoAbility;
}

const emails: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: demo.admin,
  coordinator: demo.coordinator,
  copil: demo.copil,
  otherCopil: demo.otherCopil,
  comms: demo.comms,
  wgLead: demo.wgLead,
  contractor: demo.contractor,
  volunteer: demo.volunteer,
  treasurer: demo.treasurer,
};
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** `/api/people/:id` → `/api/people/{id}`, as OpenAPI writes paths. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

/**
 * The content-level conformance test, beside the route × role matrix (which checks who may call a route):
 * what every answer carries, and what every write may name. Routes come from the app itself.
 */
describe('contract conformance', () => {
  let t: TestApp;
  let doc: {
    paths: Record<string, Record<string, { responses: Record<string, { content?: object }>; requestBody?: object }>>;
    components: { schemas: Record<string, Schema> };
  };
  const fixtures: Fixtures = {};
  const readers = new Map<Actor, Reader>();
  const routes: DiscoveredRoute[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    routes.push(...discoverRoutes(t.app));
    for (const build of fixtureBuilders) await build(t, fixtures);
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
    readers.set('anonymous', { caller: null, personId: null, ability: createMongoAbility([]) });
    for (const [actor, email] of Object.entries(emails)) {
      const caller = await t.as(email);
      // The rules as the API hands them to the UI: this test judges the answers by them, not by the server's filter.
      const me = (await caller.get('/api/auth/me').expect(200)).body as {
        user: { personId: string };
        rules: PackRule<never>[];
      };
      const ability = createMongoAbility(unpackRules(me.rules), {
        detectSubjectType: (o) => (o as { __caslSubjectType__: string }).__caslSubjectType__,
      });
      readers.set(actor as Actor, { caller, personId: me.user.personId, ability });
    }
    // Every domain's fixtures and a sign-in per role (ten): more than the default 30 s on a loaded machine.
  }, 120_000);
  afterAll(() => t.close());

  it('every route declares its answer, and the OpenAPI document describes its request and response', () => {
    const missing: string[] = [];
    for (const route of routes) {
      const [method, path] = route.key.split(' ');
      const op = doc.paths[openApiPath(path)]?.[method.toLowerCase()];
      if (!route.contract) missing.push(`${route.key}: no @Returns… decorator`);
      else if (!op) missing.push(`${route.key}: not in /api/docs-json`);
      else {
        // One answer when it works: a 2xx, or a redirect.
        const success = Object.entries(op.responses).filter(([status]) => /^[23]/.test(status));
        if (success.length !== 1) missing.push(`${route.key}: ${success.length} success responses described`);
        else if (success[0][0] !== '204' && !success[0][1].content)
          missing.push(`${route.key}: success response without content`);
        if (route.hasBody && !op.requestBody) missing.push(`${route.key}: no request body described`);
      }
    }
    expect(missing).toEqual([]);
  });

  /** Violations of the reader's rights in one answer: unreadable records, unseen fields, undeclared fields. */
  function judge(reader: Reader, value: unknown, schema: Schema, at: string, top: boolean, out: string[]): void {
    if (value === null || value === undefined || typeof value !== 'object') return;
    if (schema.$ref) {
      const name = refName(schema.$ref);
      const target = doc.components.schemas[name];
      const view = readAsOf(name);
      if (view && !Array.isArray(value)) {
        const record = tagged(view.subject, { ...(view.conditions ? view.conditions(value as never) : value) });
        if (!top && !reader.ability.can('read', record)) out.push(`${at}: a ${view.subject} the reader may not read`);
        const props = Object.keys(target.properties ?? {});
        const allowed = permittedFieldsOf(reader.ability, 'read', record, { fieldsFrom: (r) => r.fields ?? props });
        const unseen = Object.keys(value).filter((k) => !allowed.includes(k));
        if (unseen.length) out.push(`${at}: ${view.subject} fields the reader may not see: ${unseen.join(', ')}`);
      }
      return judge(reader, value, target, at, top, out);
    }
    if (schema.allOf?.length === 1) return judge(reader, value, schema.allOf[0], at, top, out);
    if (Array.isArray(value)) {
      value.forEach((v, i) => judge(reader, v, schema.items ?? {}, `${at}[${i}]`, false, out));
      return;
    }
    const props = schema.properties;
    if (!props) return;
    for (const [key, v] of Object.entries(value as Json)) {
      if (!props[key]) out.push(`${at}.${key}: not declared by the contract`);
      else judge(reader, v, props[key], `${at}.${key}`, false, out);
    }
  }

  /**
   * Contact details of anyone but the reader, wherever they appear: the product rule for volunteers and contractors.
   */
  function othersContacts(reader: Reader, value: unknown, at: string, out: string[]): void {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v, i) => othersContacts(reader, v, `${at}[${i}]`, out));
    const o = value as Json;
    const own = o.personId === reader.personId || o.id === reader.personId;
    for (const key of ['email', 'phone']) if (o[key] && !own) out.push(`${at}.${key}`);
    for (const [k, v] of Object.entries(o)) othersContacts(reader, v, `${at}.${k}`, out);
  }

  it.each(ACTORS.map((a) => [a]))(
    '%s receives only the records and fields the ability lets them read',
    async (actor) => {
      const reader = readers.get(actor)!;
      const failures: string[] = [];
      let judged = 0;
      for (const route of routes) {
        const [method, path] = route.key.split(' ');
        const rule = routeCases[route.key];
        if (method !== 'GET' || route.contract?.kind !== 'json' || !rule?.allowed.includes(actor)) continue;
        const url = rule.url?.(fixtures, actor) ?? path;
        const res = reader.caller ? await reader.caller.get(url) : await t.http().get(url);
        if (res.status !== 200) continue;
        judged++;
        const schema = (
          doc.paths[openApiPath(path)].get.responses['200'].content as { 'application/json': { schema: Schema } }
        )['application/json'].schema;
        judge(reader, res.body, schema, route.key, true, failures);
        if (actor === 'volunteer' || actor === 'contractor') {
          const seen: string[] = [];
          othersContacts(reader, res.body, route.key, seen);
          failures.push(...seen.map((s) => `${s}: someone else's contact details`));
        }
      }
      expect(judged).toBeGreaterThan(actor === 'anonymous' ? 0 : 5);
      expect(failures).toEqual([]);
    },
  );

  it('every write route says which values each role may not name', () => {
    const writes = routes.filter((r) => WRITES.has(r.key.split(' ')[0])).map((r) => r.key);
    expect(writes.filter((k) => !writeCases[k])).toEqual([]);
    expect(Object.keys(writeCases).filter((k) => !writes.includes(k))).toEqual([]);
  });

  const forbidden = Object.entries(writeCases).flatMap(([key, cases]) =>
    Array.isArray(cases) ? cases.map((c) => [`${key} as ${c.actor}: ${c.tries}`, key, c] as const) : [],
  );

  it.each(forbidden)('refuses %s, and saves nothing', async (_name, key, write: ForbiddenWrite) => {
    const [method, path] = key.split(' ');
    const changes = async () =>
      Number((await t.db.query(`SELECT count(*) AS n FROM audit_log WHERE action <> 'access_denied'`))[0].n);
    const before = await changes();
    const caller = readers.get(write.actor)!.caller!;
    const url = write.url?.(fixtures) ?? path;
    const m = method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete';
    const res = m === 'delete' ? await caller.delete(url) : await caller[m](url, write.body(fixtures));
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({
      status: write.status ?? 403,
      code: expect.any(String),
    });
    expect(await changes()).toBe(before);
  });
});
