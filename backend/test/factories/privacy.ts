import type { PrivacyRequestResponse } from '../../src/modules/privacy/dto/privacy-request.response';
import { created, type Poster } from './api';

export const createPrivacyRequest = (c: Poster, personId: string, kind: 'access' | 'erasure' | 'portability') =>
  created<PrivacyRequestResponse>('privacy request', c.post('/api/privacy/requests', { personId, kind }));
