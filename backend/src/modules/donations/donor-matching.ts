import type { EntityManager } from 'typeorm';
import { ValidationFailed } from '../../common/errors';
import { maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { DonationError } from './donations.errors';
import { Donor } from './donor.entity';
import type { DonorInput } from './dto/donations.dto';

/**
 * The donor a gift comes from: an existing donor with the same email (a person), SIREN or name (an organisation),
 * else a new one, linked to the network's own person (by email) or organisation (by SIREN, else name) when one
 * matches. `field` prefixes the field errors (`donor.lastName`).
 */
export async function findOrCreateDonor(
  em: EntityManager,
  input: DonorInput,
  field = 'donor',
): Promise<{ donor: Donor; created: boolean }> {
  const org = input.kind === 'organisation';
  if (org ? !input.organisationName?.trim() : !input.lastName?.trim())
    throw ValidationFailed.field(`${field}.${org ? 'organisationName' : 'lastName'}`, DonationError.DonorNameRequired);
  const repo = em.getRepository(Donor);
  const existing = org
    ? await repo
        .createQueryBuilder('d')
        .where("d.kind = 'organisation'")
        .andWhere(input.siren ? 'd.siren = :siren' : 'lower(d.organisation_name) = lower(:name)', {
          siren: input.siren,
          name: input.organisationName,
        })
        .orderBy('d.created_at')
        .getOne()
    : input.email
      ? await repo
          .createQueryBuilder('d')
          .where("d.kind = 'person' AND lower(d.email) = :email", { email: input.email.toLowerCase() })
          .orderBy('d.created_at')
          .getOne()
      : null;
  if (existing) return { donor: existing, created: false };

  const person =
    !org && input.email
      ? await maybeOne(em, sql`SELECT id FROM people WHERE lower(email) = ${input.email.toLowerCase()} LIMIT 1`, {
          id: col.uuid,
        })
      : null;
  const organisation = org
    ? await maybeOne(
        em,
        sql`SELECT id FROM organisations
            WHERE (${input.siren ?? null}::text IS NOT NULL AND siren = ${input.siren ?? null})
               OR lower(name) = lower(${input.organisationName!})
            ORDER BY (siren IS NOT DISTINCT FROM ${input.siren ?? null}) DESC LIMIT 1`,
        { id: col.uuid },
      )
    : null;
  const donor = repo.create({
    kind: input.kind,
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    organisationName: input.organisationName ?? null,
    siren: input.siren ?? null,
    email: input.email ?? null,
    address: input.address ?? null,
    postcode: input.postcode ?? null,
    city: input.city ?? null,
    publicName: input.publicName ?? false,
    personId: person?.id ?? null,
    organisationId: organisation?.id ?? null,
  });
  await repo.save(donor);
  return { donor, created: true };
}
