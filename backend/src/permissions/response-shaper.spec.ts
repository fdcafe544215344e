import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ReadAs } from '../common/contract';
import type { AppAbility } from './ability';
import { ResponseShaper } from './response-shaper';

@ReadAs('Mission')
class ShaperMissionView {}
@ReadAs<ShaperMemberView>('Person', { conditions: (v) => ({ id: v.personId }) })
class ShaperMemberView {
  personId: string;
}

const doc = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      [ShaperMissionView.name]: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          dailyRateCents: { type: 'number' },
          contractorPersonId: { type: 'string' },
        },
      },
      [ShaperMemberView.name]: {
        type: 'object',
        properties: {
          personId: { type: 'string' },
          name: { type: 'string' },
          email: { type: 'string', nullable: true },
        },
      },
      Group: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          lead: { allOf: [{ $ref: `#/components/schemas/${ShaperMemberView.name}` }] },
          members: { type: 'array', items: { $ref: `#/components/schemas/${ShaperMemberView.name}` } },
          stats: { type: 'object', additionalProperties: { type: 'number' } },
        },
      },
    },
  },
} as unknown as OpenAPIObject;

const abilityOf = (define: (can: AbilityBuilder<AppAbility>['can']) => void): AppAbility => {
  const b = new AbilityBuilder<AppAbility>(createMongoAbility);
  define(b.can);
  return b.build({ detectSubjectType: (o) => (o as { __caslSubjectType__: never }).__caslSubjectType__ });
};

describe('ResponseShaper', () => {
  const shaper = new ResponseShaper(doc);
  const mission = {
    id: 'm1',
    title: 'Imports',
    dailyRateCents: 42_000,
    contractorPersonId: 'p1',
    secret: 'entity column',
  };

  it('sends only the declared properties, whoever reads', () => {
    const all = abilityOf((can) => can('read', 'Mission'));
    expect(shaper.shape(ShaperMissionView.name, mission, all)).toEqual({
      id: 'm1',
      title: 'Imports',
      dailyRateCents: 42_000,
      contractorPersonId: 'p1',
    });
  });

  it('removes the fields the ability does not grant, record by record', () => {
    const ability = abilityOf((can) => {
      can('read', 'Mission', ['id', 'title', 'contractorPersonId']);
      can('read', 'Mission', { contractorPersonId: 'p1' });
    });
    const other = { ...mission, id: 'm2', contractorPersonId: 'p2' };
    expect(shaper.shape(ShaperMissionView.name, [mission, other], ability, true)).toEqual([
      { id: 'm1', title: 'Imports', dailyRateCents: 42_000, contractorPersonId: 'p1' },
      { id: 'm2', title: 'Imports', contractorPersonId: 'p2' },
    ]);
  });

  it('drops nested records the reader may not read, through the view’s own field names', () => {
    const ability = abilityOf((can) => can('read', 'Person', { id: 'me' }));
    const group = {
      name: 'Technique',
      lead: { personId: 'someone', name: 'Ada', email: 'ada@x.org' },
      members: [
        { personId: 'me', name: 'Moi', email: 'moi@x.org' },
        { personId: 'other', name: 'Bob', email: 'bob@x.org' },
      ],
      stats: { welcomed: 3 },
    };
    expect(shaper.shape('Group', group, ability)).toEqual({
      name: 'Technique',
      lead: null,
      members: [{ personId: 'me', name: 'Moi', email: 'moi@x.org' }],
      stats: { welcomed: 3 },
    });
  });

  it('refuses every nested record to a reader without any rule on its subject', () => {
    const none = abilityOf(() => undefined);
    expect(shaper.shape('Group', { name: 'G', members: [{ personId: 'me', name: 'Moi' }] }, none)).toEqual({
      name: 'G',
      members: [],
    });
  });
});
