import { contributionFixtures, contributionRoutes } from './contributions.routes';
import { foundationFixtures, foundationRoutes } from './foundation.routes';
import { fundingFixtures, fundingRoutes } from './funding.routes';
import type { FixtureBuilder, RouteCases } from './matrix';
import { splitFixtures, splitRoutes } from './splits.routes';

/** Every domain registers its route cases and fixtures here; the matrix test fails for a route missing from it. */
export const routeCases: RouteCases = { ...foundationRoutes, ...contributionRoutes, ...fundingRoutes, ...splitRoutes };
export const fixtureBuilders: FixtureBuilder[] = [foundationFixtures, contributionFixtures, fundingFixtures, splitFixtures];
