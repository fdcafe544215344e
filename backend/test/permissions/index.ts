import { foundationFixtures, foundationRoutes } from './foundation.routes';
import type { FixtureBuilder, RouteCases } from './matrix';
import { workingGroupsFixtures, workingGroupsRoutes } from './working-groups.routes';

/** Every domain registers its route cases and fixtures here; the matrix test fails for a route missing from it. */
export const routeCases: RouteCases = { ...foundationRoutes, ...workingGroupsRoutes };
export const fixtureBuilders: FixtureBuilder[] = [foundationFixtures, workingGroupsFixtures];
