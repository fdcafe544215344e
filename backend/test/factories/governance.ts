import type { ActionItemResponse } from '../../src/modules/governance/dto/action-item.response';
import type { DecisionDetailResponse } from '../../src/modules/governance/dto/decision.response';
import type { MeetingResponse } from '../../src/modules/governance/dto/meeting.response';
import { created, type Overrides, type Poster } from './api';

/**
 * A meeting through the API (attendees are written by the service, whatever table keeps them): an hour's
 * COPIL in May 2026 with no one invited unless `body` says otherwise.
 */
export const createMeeting = (c: Poster, body: Overrides = {}) =>
  created<MeetingResponse>(
    'meeting',
    c.post('/api/meetings', {
      kind: 'copil',
      title: 'Réunion de test',
      startsAt: '2026-05-05T18:00:00+02:00',
      endsAt: '2026-05-05T19:00:00+02:00',
      attendees: [],
      ...body,
    }),
  );

/** A decision adopted by consent (a COPIL-only one unless `body` says otherwise), through the API. */
export const createDecision = (c: Poster, body: Overrides = {}) =>
  created<DecisionDetailResponse>(
    'decision',
    c.post('/api/decisions', {
      title: 'Décision de test',
      proposal: 'Une proposition.',
      method: 'consent',
      outcome: 'adopted',
      decidedOn: '2026-03-12',
      ...body,
    }),
  );

/** An action item due far ahead; `body` names its owner (`ownerPersonId` or `ownerGroupId`). */
export const createActionItem = (c: Poster, body: Overrides) =>
  created<ActionItemResponse>(
    'action item',
    c.post('/api/action-items', { title: 'Action de test', dueOn: '2099-01-01', ...body }),
  );
