import type { TestApp } from '../support/app';

/** Who calls: anonymous, one account per role, and `otherCopil`, a COPIL member of another organisation. */
export const ACTORS = [
  'anonymous',
  'admin',
  'coordinator',
  'copil',
  'otherCopil',
  'comms',
  'wgLead',
  'contractor',
  'volunteer',
  'treasurer',
] as const;
export type Actor = (typeof ACTORS)[number];
export const SIGNED_IN: Actor[] = ACTORS.filter((a) => a !== 'anonymous');

/** Ids the route cases point at; each domain's fixture builder adds its own. */
export type Fixtures = Record<string, string>;

export interface RouteCase {
  /**
   * Who gets through (anything but 401/403 and never a 5xx). Everyone else gets 403, or 401 when anonymous.
   * The copil actor's own organisation is `fixtures.ownOrg`; otherCopil must be refused where the rule is scoped.
   */
  allowed: readonly Actor[];
  /** The concrete URL when the route has params. */
  url?: (f: Fixtures, actor: Actor) => string;
  body?: (f: Fixtures, actor: Actor) => object;
  /** A multipart upload's `file` part, sent instead of a JSON body. */
  file?: (f: Fixtures, actor: Actor) => Buffer;
  /** Run with a session of its own (for routes that end or change the session). */
  freshSession?: boolean;
  /** Ends the actor's other sessions: the matrix signs its usual caller in again afterwards. */
  endsOtherSessions?: boolean;
  /** For list routes: checks the items an allowed actor sees are the ones they may see. */
  scoped?: (items: Record<string, unknown>[], actor: Actor, f: Fixtures) => void;
}

export type RouteCases = Record<string, RouteCase>;

/** Prepares the rows a domain's route cases need, in the test database; fills `f`. */
export type FixtureBuilder = (t: TestApp, f: Fixtures) => Promise<void>;

export const only = (...actors: Actor[]) => actors;

/**
 * A write a role must not make: it names a value outside their scope (another organisation, group or person, an
 * amount or rate they may not set). Expected refused (403, or 400 naming the field) with nothing saved.
 */
export interface ForbiddenWrite {
  actor: Exclude<Actor, 'anonymous'>;
  /** What the write tries, in a few words (shown when it is not refused). */
  tries: string;
  url?: (f: Fixtures) => string;
  body: (f: Fixtures) => object;
  /** 403 unless said otherwise. */
  status?: 400 | 403 | 404 | 409;
}

/**
 * Every write route has its forbidden-value cases, or says why none exists (e.g. it acts on the caller's own
 * account only, or only roles that may name anything can reach it).
 */
export type WriteCases = Record<string, ForbiddenWrite[] | { none: string }>;
