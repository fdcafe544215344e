import type { SeedStep } from '../../database/seed/seed';
import { DonationCampaign } from './campaign.entity';
import { DonationSettings } from './donation-settings.entity';
import { parisDay } from './donor-queries';
import { Donor } from './donor.entity';
import { Gift } from './gift.entity';

const monthsAgo = (months: number, day = 5) => {
  const d = new Date();
  d.setUTCDate(day);
  d.setUTCMonth(d.getUTCMonth() - months);
  return parisDay(d);
};

/**
 * The campaign the operational plan calls for (« structurer et déployer des campagnes de dons », action 1.3), a few
 * donors (invented, reserved addresses), their gifts: one-off ones, a monthly gift still coming and one that stopped
 * three months ago. Receipts stay off, as on a new install, with the legal entity described so a demo can turn them on.
 */
export const seedDonations: SeedStep = {
  name: 'donation campaigns, donors and gifts',
  async run(em, ids) {
    await em.update(DonationSettings, 1, {
      legalName: 'Association Faire Système',
      legalAddress: '21 rue des Communs, 69007 Lyon',
      legalObject: 'Relier et outiller les acteurs de la transition écologique et citoyenne',
      legalStatus: 'Association loi 1901 reconnue d’intérêt général',
      signatoryName: 'Marc Aubert',
      signatoryRole: 'Trésorier',
    });
    const campaign = await em.save(
      em.create(DonationCampaign, {
        name: 'Renforcer nos communs',
        slug: 'renforcer-nos-communs',
        description: 'Financer l’hébergement de Transiscope et le temps de coordination du réseau.',
        goalCents: 1_500_000,
        startsOn: monthsAgo(6, 1),
        publicPage: true,
        helloassoFormType: 'Donation',
        helloassoFormSlug: 'renforcer-nos-communs',
      }),
    );
    const donor = (d: Partial<Donor>) => em.save(em.create(Donor, { kind: 'person', ...d }));
    const donors = [
      await donor({
        firstName: 'Odile',
        lastName: 'Perrin',
        email: 'odile.perrin@example.org',
        city: 'Grenoble',
        publicName: true,
      }),
      await donor({ firstName: 'Karim', lastName: 'Benali', email: 'karim.benali@example.org', city: 'Lyon' }),
      await donor({ firstName: 'Lucie', lastName: 'Marchetti', email: 'lucie.marchetti@example.org', city: 'Die' }),
      await donor({
        kind: 'organisation',
        organisationName: 'Colibris',
        organisationId: ids.get('colibris') ?? null,
      }),
    ];
    const action = ids.get('strategy:1.3') ?? null;
    const gift = (donorId: string, amountCents: number, receivedOn: string, extra: Partial<Gift> = {}) =>
      em.create(Gift, {
        donorId,
        campaignId: campaign.id,
        strategyActionId: action,
        amountCents,
        receivedOn,
        paymentMethod: 'card',
        source: 'manual',
        ...extra,
      });
    const gifts = [
      gift(donors[0].id, 5_000, monthsAgo(5)),
      gift(donors[0].id, 10_000, monthsAgo(1)),
      gift(donors[3].id, 150_000, monthsAgo(2), { paymentMethod: 'transfer', reference: 'VIR-COLIBRIS' }),
      // Karim gives monthly, still; Lucie's monthly gift stopped three months ago.
      ...[3, 2, 1, 0].map((m) =>
        gift(donors[1].id, 2_000, monthsAgo(m, 1), { frequency: 'monthly', paymentMethod: 'direct_debit' }),
      ),
      ...[6, 5, 4, 3].map((m) =>
        gift(donors[2].id, 1_500, monthsAgo(m, 2), { frequency: 'monthly', paymentMethod: 'direct_debit' }),
      ),
    ];
    await em.save(gifts);
    return gifts.length;
  },
};
