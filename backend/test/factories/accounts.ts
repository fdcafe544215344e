import type { InvitationSentResponse } from '../../src/auth/dto/accounts.response';
import { created, type Overrides, type Poster } from './api';

let n = 0;
/** An invited account (a volunteer unless `body` says otherwise), through the API; it signs in once accepted. */
export const inviteAccount = (c: Poster, body: Overrides = {}) =>
  created<InvitationSentResponse>(
    'invitation',
    c.post('/api/invitations', {
      email: `compte-${Date.now().toString(36)}${n++}@maillage.test`,
      firstName: 'Nina',
      lastName: 'Invitée',
      roles: ['volunteer'],
      ...body,
    }),
  );
