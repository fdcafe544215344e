import { contractorsFixtures, contractorsRoutes, contractorsWrites } from './contractors.routes';
import { contributionFixtures, contributionRoutes, contributionWrites } from './contributions.routes';
import { foundationFixtures, foundationRoutes, foundationWrites } from './foundation.routes';
import { fundingFixtures, fundingRoutes, fundingWrites } from './funding.routes';
import { governanceFixtures, governanceRoutes, governanceWrites } from './governance.routes';
import type { FixtureBuilder, RouteCases, WriteCases } from './matrix';
import { workingGroupsFixtures, workingGroupsRoutes, workingGroupsWrites } from './working-groups.routes';
import { newslettersFixtures, newslettersRoutes, newslettersWrites } from './newsletters.routes';
import { splitFixtures, splitRoutes, splitWrites } from './splits.routes';
import { privacyFixtures, privacyRoutes, privacyWrites } from './privacy.routes';
import { importsFixtures, importsRoutes, importsWrites } from './imports.routes';
import { trailRoutes } from './trail.routes';
import { homeRoutes } from './home.routes';
import { sourcesFixtures, sourcesRoutes, sourcesWrites } from './sources.routes';
import { notificationsFixtures, notificationsRoutes, notificationsWrites } from './notifications.routes';
import { donationsFixtures, donationsRoutes, donationsWrites } from './donations.routes';
import { transparencyFixtures, transparencyRoutes, transparencyWrites } from './transparency.routes';
import { eventsFixtures, eventsRoutes, eventsWrites } from './events.routes';

/** Every domain registers its route cases and fixtures here; the matrix test fails for a route missing from it. */
export const routeCases: RouteCases = {
  ...foundationRoutes,
  ...contributionRoutes,
  ...fundingRoutes,
  ...governanceRoutes,
  ...contractorsRoutes,
  ...workingGroupsRoutes,
  ...newslettersRoutes,
  ...splitRoutes,
  ...privacyRoutes,
  ...importsRoutes,
  ...trailRoutes,
  ...homeRoutes,
  ...sourcesRoutes,
  ...notificationsRoutes,
  ...donationsRoutes,
  ...transparencyRoutes,
  ...eventsRoutes,
};
export const fixtureBuilders: FixtureBuilder[] = [
  foundationFixtures,
  contributionFixtures,
  fundingFixtures,
  governanceFixtures,
  contractorsFixtures,
  workingGroupsFixtures,
  newslettersFixtures,
  splitFixtures,
  privacyFixtures,
  importsFixtures,
  sourcesFixtures,
  notificationsFixtures,
  donationsFixtures,
  transparencyFixtures,
  eventsFixtures,
];

/** Every domain's forbidden writes; the contract test fails for a write route missing from it. */
export const writeCases: WriteCases = {
  ...foundationWrites,
  ...contributionWrites,
  ...fundingWrites,
  ...governanceWrites,
  ...contractorsWrites,
  ...splitWrites,
  ...workingGroupsWrites,
  ...newslettersWrites,
  ...privacyWrites,
  ...importsWrites,
  ...sourcesWrites,
  ...notificationsWrites,
  ...donationsWrites,
  ...transparencyWrites,
  ...eventsWrites,
};
