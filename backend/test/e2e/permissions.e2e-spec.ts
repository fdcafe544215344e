import { ACTORS, type Actor, type Fixtures } from '../permissions/matrix';
import { fixtureBuilders, routeCases } from '../permissions';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { discoverRoutes } from '../support/routes';

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

/**
 * Every route of the application, read from the app itself, called by every role, anonymously and by a
 * COPIL member of another organisation: allowed or refused as the route cases say, lists scoped.
 */
describe('permission matrix', () => {
  let t: TestApp;
  const fixtures: Fixtures = {};
  const callers = new Map<Actor, Caller>();
  const routes: ReturnType<typeof discoverRoutes> = [];

  beforeAll(async () => {
    t = await startTestApp();
    routes.push(...discoverRoutes(t.app));
    for (const build of fixtureBuilders) await build(t, fixtures);
    for (const [actor, email] of Object.entries(emails)) callers.set(actor as Actor, await t.as(email));
    // Every domain's fixtures and a sign-in per role (ten): more than the default 30 s on a loaded machine.
  }, 120_000);
  afterAll(() => t.close());

  it('knows every route the application serves, and every route declares a policy', () => {
    const served = routes.map((r) => r.key).sort();
    expect(served.filter((k) => !routeCases[k])).toEqual([]);
    expect(Object.keys(routeCases).filter((k) => !served.includes(k))).toEqual([]);
    expect(routes.filter((r) => !r.policy).map((r) => r.key)).toEqual([]);
  });

  const send = (caller: Caller | null, method: string, url: string, body?: object, file?: Buffer) => {
    if (file)
      return caller ? caller.upload(url, file, 'file.csv') : t.http().post(url).attach('file', file, 'file.csv');
    if (!caller) {
      const req = t.http()[method.toLowerCase() as 'get'](url);
      return body ? req.send(body) : req;
    }
    const m = method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    return m === 'get' || m === 'delete' ? caller[m](url) : caller[m](url, body);
  };

  it.each(ACTORS.map((a) => [a]))(
    'is enforced for %s on every route',
    async (actor) => {
      const failures: string[] = [];
      for (const [key, rule] of Object.entries(routeCases)) {
        const [method, path] = key.split(' ');
        const url = rule.url?.(fixtures, actor) ?? path;
        const body = rule.body?.(fixtures, actor);
        const caller =
          actor === 'anonymous' ? null : rule.freshSession ? await t.as(emails[actor]) : callers.get(actor)!;
        const res = await send(caller, method, url, body, rule.file?.(fixtures, actor));
        const allowed = rule.allowed.includes(actor);
        const ok = allowed
          ? ![401, 403].includes(res.status) && res.status < 500
          : res.status === (actor === 'anonymous' ? 401 : 403);
        if (rule.endsOtherSessions && caller)
          callers.set(actor, await t.as(emails[actor as Exclude<Actor, 'anonymous'>]));
        if (!ok)
          failures.push(
            `${key} as ${actor}: ${allowed ? 'allowed' : 'forbidden'} expected, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
        else if (allowed && rule.scoped && res.status === 200) rule.scoped(res.body.items, actor, fixtures);
      }
      expect(failures).toEqual([]);
      // One request per route (about 190, some signing in afresh): more than the default 30 s on a loaded machine.
    },
    180_000,
  );
});
