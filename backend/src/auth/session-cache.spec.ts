import { defineAbilityFor } from '../permissions/ability';
import type { AuthUser } from '../permissions/auth-user';
import { SessionCache } from './session-cache';

const user = {
  id: 'a',
  personId: 'p',
  roles: ['copil_member'],
  organisationIds: ['o'],
  groupIds: [],
  welcomeGroupIds: [],
  memberGroupIds: [],
} as unknown as AuthUser;
const session = {
  user,
  csrfToken: 'csrf',
  ability: defineAbilityFor(user),
  facts: { secondFactor: { enabled: false, required: false }, authenticatedAt: new Date() },
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inAnHour = () => new Date(Date.now() + 3600_000);

describe('SessionCache', () => {
  it('serves what it stored while live, and nothing once cleared', () => {
    const cache = new SessionCache(30_000);
    cache.setLive(true);
    cache.store(cache.begin(), 's1', session, inAnHour());
    expect(cache.get('s1')).toBe(session);
    cache.clear();
    expect(cache.get('s1')).toBeUndefined();
  });

  it('does not store a lookup that began before a clear: it may have read the rights as they were', () => {
    const cache = new SessionCache(30_000);
    cache.setLive(true);
    const generation = cache.begin();
    cache.clear();
    cache.store(generation, 's1', session, inAnHour());
    expect(cache.get('s1')).toBeUndefined();
    cache.store(cache.begin(), 's1', session, inAnHour());
    expect(cache.get('s1')).toBe(session);
  });

  it('stores nothing and serves nothing while nobody tells it of changes, and forgets everything both ways', () => {
    const cache = new SessionCache(30_000);
    cache.store(cache.begin(), 's1', session, inAnHour());
    expect(cache.get('s1')).toBeUndefined();
    cache.setLive(true);
    cache.store(cache.begin(), 's1', session, inAnHour());
    cache.setLive(false);
    cache.setLive(true);
    expect(cache.get('s1')).toBeUndefined();
  });

  it('keeps an entry no longer than its TTL nor past the session absolute expiry', async () => {
    const cache = new SessionCache(1_000);
    cache.setLive(true);
    cache.store(cache.begin(), 'long', session, inAnHour());
    cache.store(cache.begin(), 'ending', session, new Date(Date.now() + 200));
    cache.store(cache.begin(), 'ended', session, new Date(Date.now() - 1));
    expect(cache.get('ended')).toBeUndefined();
    await sleep(500);
    expect(cache.get('long')).toBe(session);
    expect(cache.get('ending')).toBeUndefined();
    await sleep(600);
    expect(cache.get('long')).toBeUndefined();
  });

  it('is off for good with a TTL of 0', () => {
    const cache = new SessionCache(0);
    cache.setLive(true);
    cache.store(cache.begin(), 's1', session, inAnHour());
    expect([cache.enabled, cache.isLive, cache.get('s1')]).toEqual([false, false, undefined]);
  });
});
