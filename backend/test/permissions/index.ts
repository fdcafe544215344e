import { contractorsFixtures, contractorsRoutes } from './contractors.routes';
import { foundationFixtures, foundationRoutes } from './foundation.routes';
import { governanceFixtures, governanceRoutes } from './governance.routes';
import type { FixtureBuilder, RouteCases } from './matrix';

/** Every domain registers its route cases and fixtures here; the matrix test fails for a route missing from it. */
export const routeCases: RouteCases = { ...foundationRoutes, ...governanceRoutes, ...contractorsRoutes };
export const fixtureBuilders: FixtureBuilder[] = [foundationFixtures, governanceFixtures, contractorsFixtures];
