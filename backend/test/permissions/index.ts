import { foundationFixtures, foundationRoutes } from './foundation.routes';
import type { FixtureBuilder, RouteCases } from './matrix';
import { newslettersFixtures, newslettersRoutes } from './newsletters.routes';

/** Every domain registers its route cases and fixtures here; the matrix test fails for a route missing from it. */
export const routeCases: RouteCases = { ...foundationRoutes, ...newslettersRoutes };
export const fixtureBuilders: FixtureBuilder[] = [foundationFixtures, newslettersFixtures];
