import { CommonError } from '../../src/common/common.errors';
import { unreadableLinks } from '../../src/permissions/known-links';
import { defineAbilityFor } from '../../src/permissions/ability';
import type { AuthUser } from '../../src/permissions/auth-user';
import { createFunder, createGrant, unique } from '../factories/funding';
import { createIssue, createList } from '../factories/newsletters';
import { createWorkingGroup } from '../factories/working-groups';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

const NOWHERE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** Grants, working groups, strategy actions and newsletter lists link through join tables with foreign keys. */
describe('links between records', () => {
  let t: TestApp;
  let coord: Caller;
  let funderId: string;
  let groups: string[];
  let actions: string[];
  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
    funderId = await createFunder(coord);
    groups = (await t.db.query('SELECT id FROM working_groups ORDER BY name LIMIT 3')).map((r: { id: string }) => r.id);
    actions = (await t.db.query('SELECT id FROM strategy_actions ORDER BY title LIMIT 3')).map(
      (r: { id: string }) => r.id,
    );
  });
  afterAll(() => t.close());

  const rows = async (table: string, column: string, id: string) =>
    (await t.db.query(`SELECT * FROM ${table} WHERE ${column} = $1`, [id])).length;
  const action = async (id: string) => (await coord.get(`/api/strategy/actions/${id}`).expect(200)).body;
  const group = async (id: string) => (await coord.get(`/api/working-groups/${id}`).expect(200)).body;

  it('keeps a grant’s groups and actions in its order, and shows them from the other side', async () => {
    const g = await createGrant(coord, funderId, {
      workingGroupIds: [groups[1], groups[0]],
      strategyActionIds: [actions[2], actions[0]],
    });
    expect(g).toMatchObject({ workingGroupIds: [groups[1], groups[0]], strategyActionIds: [actions[2], actions[0]] });
    expect((await coord.get(`/api/grants?q=${encodeURIComponent(g.title)}`).expect(200)).body.items[0]).toMatchObject({
      id: g.id,
      workingGroupIds: [groups[1], groups[0]],
      strategyActionIds: [actions[2], actions[0]],
    });
    expect((await action(actions[2])).grantIds).toContain(g.id);

    const changed = await coord.patch(`/api/grants/${g.id}`, { workingGroupIds: [groups[2]] }).expect(200);
    expect(changed.body).toMatchObject({ workingGroupIds: [groups[2]], strategyActionIds: [actions[2], actions[0]] });
    // A list left out stays; the change is audited.
    expect((await coord.patch(`/api/grants/${g.id}`, { notes: 'Relu' }).expect(200)).body.workingGroupIds).toEqual([
      groups[2],
    ]);
    const audit = await coord.get(`/api/audit?entityType=Grant&entityId=${g.id}&pageSize=50`).expect(200);
    expect(
      audit.body.items.map((e: { after: Record<string, unknown> }) => e.after.workingGroupIds).filter(Boolean),
    ).toContainEqual([groups[2]]);

    // The action's side: dropping the grant there drops it from the grant, adding it puts the action last.
    await coord.patch(`/api/strategy/actions/${actions[2]}`, { grantIds: [] }).expect(200);
    expect((await coord.get(`/api/grants/${g.id}`).expect(200)).body.strategyActionIds).toEqual([actions[0]]);
    await coord.patch(`/api/strategy/actions/${actions[1]}`, { grantIds: [g.id] }).expect(200);
    expect((await coord.get(`/api/grants/${g.id}`).expect(200)).body.strategyActionIds).toEqual([
      actions[0],
      actions[1],
    ]);
  });

  it('refuses ids that point at nothing with a message on the field, and changes nothing', async () => {
    const g = await createGrant(coord, funderId, { workingGroupIds: [groups[0]] });
    const bad = await coord
      .patch(`/api/grants/${g.id}`, {
        title: 'Autre titre',
        workingGroupIds: [groups[1], NOWHERE],
        strategyActionIds: [NOWHERE],
      })
      .expect(400);
    expect(bad.body.error.fields).toEqual({
      workingGroupIds: ['Groupe de travail inconnu'],
      strategyActionIds: ['Action de la stratégie inconnue'],
    });
    expect((await coord.get(`/api/grants/${g.id}`).expect(200)).body).toMatchObject({
      title: g.title,
      workingGroupIds: [groups[0]],
    });
    const before = await t.db.query('SELECT count(*)::int AS n FROM grants');
    await coord
      .post('/api/grants', { funderId, title: unique('Projet'), amountRequestedCents: 100, workingGroupIds: [NOWHERE] })
      .expect(400);
    expect(await t.db.query('SELECT count(*)::int AS n FROM grants')).toEqual(before);

    const wrongGroup = await coord
      .patch(`/api/working-groups/${groups[0]}`, { strategyActionIds: [actions[0], NOWHERE] })
      .expect(400);
    expect(wrongGroup.body.error.fields).toEqual({ strategyActionIds: ['Action de la stratégie inconnue'] });
    const created = await coord
      .post('/api/working-groups', { name: unique('Groupe'), strategyActionIds: [NOWHERE] })
      .expect(400);
    expect(Object.keys(created.body.error.fields)).toEqual(['strategyActionIds']);
  });

  it('refuses a link to a record the caller may not read, as if it did not exist', async () => {
    const g = await createGrant(coord, funderId);
    const volunteer = {
      id: 'a',
      personId: 'p',
      email: 'x@y.z',
      firstName: 'X',
      lastName: 'Y',
      roles: ['volunteer'],
      organisationIds: [],
      groupIds: [],
      welcomeGroupIds: [],
      memberGroupIds: [],
      locale: 'fr',
      sessionId: 's',
    } as AuthUser;
    const refused = await unreadableLinks(t.db.manager, defineAbilityFor(volunteer), {
      grantIds: ['Grant', [g.id]],
      strategyActionIds: ['StrategyAction', [actions[0]]],
    });
    expect(refused).toEqual({ grantIds: [CommonError.UnknownGrant] });
    expect(
      await unreadableLinks(t.db.manager, defineAbilityFor({ ...volunteer, roles: ['coordinator'] }), {
        grantIds: ['Grant', [g.id]],
      }),
    ).toEqual({});
  });

  it('links an action and a group once, seen and changed from either side', async () => {
    const fresh = await createWorkingGroup(coord, { strategyActionIds: [actions[0], actions[1]] });
    expect(fresh.strategyActionIds).toEqual([...[actions[0], actions[1]]].sort());
    expect((await action(actions[0])).groupIds.at(-1)).toBe(fresh.id);
    const picked = await coord
      .patch(`/api/strategy/actions/${actions[1]}`, { groupIds: [fresh.id, groups[0]] })
      .expect(200);
    expect(picked.body.groupIds).toEqual([fresh.id, groups[0]]);
    await coord.patch(`/api/working-groups/${fresh.id}`, { strategyActionIds: [actions[1]] }).expect(200);
    expect((await action(actions[0])).groupIds).not.toContain(fresh.id);
    expect((await group(fresh.id)).strategyActionIds).toEqual([actions[1]]);
    expect(await rows('strategy_action_working_groups', 'working_group_id', fresh.id)).toBe(1);
  });

  it('keeps the links of a closed group, drops those of a deleted group or grant', async () => {
    const fresh = await createWorkingGroup(coord, { strategyActionIds: [actions[0]] });
    const g = await createGrant(coord, funderId, {
      workingGroupIds: [fresh.id, groups[0]],
      strategyActionIds: [actions[0]],
    });
    await coord.patch(`/api/working-groups/${fresh.id}`, { status: 'closed' }).expect(200);
    expect((await coord.get(`/api/grants/${g.id}`).expect(200)).body.workingGroupIds).toEqual([fresh.id, groups[0]]);
    expect((await action(actions[0])).groupIds).toContain(fresh.id);

    await t.db.query('DELETE FROM working_groups WHERE id = $1', [fresh.id]);
    expect((await coord.get(`/api/grants/${g.id}`).expect(200)).body.workingGroupIds).toEqual([groups[0]]);
    expect((await action(actions[0])).groupIds).not.toContain(fresh.id);
    await t.db.query('DELETE FROM grants WHERE id = $1', [g.id]);
    expect(
      (await rows('grant_working_groups', 'grant_id', g.id)) + (await rows('grant_strategy_actions', 'grant_id', g.id)),
    ).toBe(0);
    expect((await action(actions[0])).grantIds).not.toContain(g.id);
  });

  it('keeps an issue’s lists in its order; an archived list stays on it and cannot be deleted', async () => {
    const comms = await t.as(demo.comms);
    const [a, b] = [(await createList(comms)).id, (await createList(comms)).id];
    const issue = await createIssue(comms, [b, a]);
    expect(issue.listIds).toEqual([b, a]);
    expect((await comms.get(`/api/newsletters/issues/${issue.id}`).expect(200)).body.listIds).toEqual([b, a]);
    const listed = await comms.get('/api/newsletters/issues?pageSize=100').expect(200);
    expect(listed.body.items.find((i: { id: string }) => i.id === issue.id).listIds).toEqual([b, a]);
    expect(
      (await comms.patch(`/api/newsletters/issues/${issue.id}`, { listIds: [a] }).expect(200)).body.listIds,
    ).toEqual([a]);
    const unknown = await comms.patch(`/api/newsletters/issues/${issue.id}`, { listIds: [a, NOWHERE] }).expect(400);
    expect(unknown.body.error.fields).toEqual({ listIds: ['Liste inconnue ou archivée'] });

    await comms.post(`/api/newsletters/lists/${a}/archive`).expect(200);
    expect((await comms.get(`/api/newsletters/issues/${issue.id}`).expect(200)).body.listIds).toEqual([a]);
    // RESTRICT answers restrict_violation (23001) on the embedded PostgreSQL 18, foreign_key_violation (23503) on 15.
    const refused = await t.db
      .query('DELETE FROM newsletter_lists WHERE id = $1', [a])
      .catch((e: { code: string }) => e);
    expect(['23001', '23503']).toContain(refused.code);
    await t.db.query('DELETE FROM newsletter_issues WHERE id = $1', [issue.id]);
    expect(await rows('newsletter_issue_lists', 'issue_id', issue.id)).toBe(0);
  });
});
