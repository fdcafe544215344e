import type { TestApp } from '../support/app';

const UNITS: Record<string, string> = {
  working_time: 'hour',
  room: 'room_day',
  financial_participation: 'euro',
  financial_management: 'hour',
  hosting_tools: 'month',
  other: 'unit',
};

/**
 * A contribution of a known value, straight into the table (valued by a justified amount, so no rate is needed):
 * validated by default, as splits count only those. Entered by the coordinator's account, reviewed by the admin's.
 */
export async function addValidatedContribution(
  t: TestApp,
  c: {
    organisationId: string;
    type: string;
    valueCents: number;
    on: string;
    status?: 'validated' | 'submitted' | 'draft';
  },
): Promise<string> {
  const status = c.status ?? 'validated';
  const [row] = await t.db.query(
    `INSERT INTO contributions (organisation_id, entered_by_id, type, unit, starts_on, ends_on, quantity, amount_cents, value_cents, description, status,
                                submitted_at, reviewed_at, reviewed_by_id)
     SELECT $1, coord.id, $2, $3, $4, $4, 1, $5, $5, 'Contribution de test', $6::varchar,
            CASE WHEN $6::varchar <> 'draft' THEN now() END, CASE WHEN $6::varchar = 'validated' THEN now() END,
            CASE WHEN $6::varchar = 'validated' THEN adm.id END
     FROM accounts coord, accounts adm WHERE coord.email = 'coordination@maillage.test' AND adm.email = 'admin@maillage.test'
     RETURNING id`,
    [c.organisationId, c.type, UNITS[c.type], c.on, c.valueCents, status],
  );
  return row.id;
}
