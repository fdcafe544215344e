import { SIGNED_IN, type RouteCases } from './matrix';

/** Everyone signed in has a home; which parts it holds, and whose figures, is the e2e spec's (home.e2e-spec.ts). */
export const homeRoutes: RouteCases = {
  'GET /api/home': { allowed: SIGNED_IN },
};
