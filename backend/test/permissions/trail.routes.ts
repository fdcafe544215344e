import { only, SIGNED_IN, type RouteCases } from './matrix';

/** The trail reads through the other modules (fixtures of governance and funding): its steps are filtered there. */
export const trailRoutes: RouteCases = {
  'GET /api/strategy/actions/:id/trail': {
    allowed: SIGNED_IN,
    url: (f) => `/api/strategy/actions/${f.strategyAction}/trail`,
  },
  'GET /api/grants/:id/trail': {
    allowed: only('admin', 'coordinator', 'copil', 'otherCopil', 'wgLead'),
    url: (f) => `/api/grants/${f.grant}/trail`,
  },
};
