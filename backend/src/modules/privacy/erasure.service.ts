import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { RequestContext } from '../../common/request-context';
import { exec, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { idsOf, type DataSubject } from './data-subject';
import { scrubLastName } from './linked-records';
import { mentionPatterns, scrubMentions, tableShapes } from './personal-data';

/** The pseudonym an erased person is known by, in the data (French, the network's language); the UI translates it. */
export const pseudonymOf = (n: number) => `personne effacée n° ${n}`;
/** Unique, and deliverable nowhere (RFC 2606 reserves `.invalid`). */
export const pseudoEmailOf = (n: number) => `personne-effacee-${n}@effacee.invalid`;

export interface ErasureOutcome {
  number: number;
  pseudonym: string;
  /** Tables where free text named the person. */
  scrubbedTables: string[];
  /** Registers kept as written (they refuse updates) that still mention the person. */
  frozenMentions: string[];
  redactedAuditEntries: number;
}

/**
 * Erases a data subject inside the caller's transaction: their own records lose every personal field, every mention
 * of them elsewhere becomes the pseudonym, their accounts are closed and signed out. What the network must keep
 * (contributions, payments, splits, memberships and terms) stays, attributed to the pseudonym. The audit entry names
 * the pseudonym's number, never the person.
 */
@Injectable()
export class ErasureService {
  constructor(private readonly audit: AuditService) {}

  async erase(
    em: EntityManager,
    ctx: Pick<RequestContext, 'user' | 'ip'>,
    subject: DataSubject,
    reason: 'request' | 'retention',
  ): Promise<ErasureOutcome> {
    const { n } = await one(em, sql`SELECT nextval('erased_person_number')::int AS n`, { n: col.int });
    const pseudonym = pseudonymOf(n);
    const pseudoEmail = pseudoEmailOf(n);
    const { personId, accountIds, subscriberIds, donorIds } = subject;

    if (personId) {
      await exec(
        em,
        sql`UPDATE people SET first_name = 'personne effacée', last_name = ${`n° ${n}`}, email = NULL, phone = NULL,
              notes = NULL, archived_at = coalesce(archived_at, now()) WHERE id = ${personId}`,
      );
      await exec(em, sql`UPDATE volunteer_consents SET ip = NULL WHERE person_id = ${personId}`);
      await exec(em, sql`UPDATE volunteer_profiles SET heard_from_detail = NULL WHERE person_id = ${personId}`);
      await exec(em, sql`UPDATE working_group_volunteers SET message = NULL WHERE person_id = ${personId}`);
    }
    if (accountIds.length) {
      await exec(em, sql`DELETE FROM sessions WHERE account_id = ANY(${accountIds}::uuid[])`);
      await exec(em, sql`DELETE FROM account_tokens WHERE account_id = ANY(${accountIds}::uuid[])`);
      // What they were told of is theirs alone and kept nowhere else: it goes, it is not pseudonymised.
      await exec(em, sql`DELETE FROM notifications WHERE recipient_id = ANY(${accountIds}::uuid[])`);
      await exec(
        em,
        sql`UPDATE accounts SET email = ${pseudoEmail} || CASE WHEN row_number = 1 THEN '' ELSE '.' || row_number END,
              password_hash = NULL, totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL,
              recovery_code_hashes = '{}', roles = '{}', disabled_at = coalesce(disabled_at, now())
            FROM (SELECT id AS aid, row_number() OVER (ORDER BY id) FROM accounts WHERE id = ANY(${accountIds}::uuid[])) o
            WHERE accounts.id = o.aid`,
      );
    }
    if (subscriberIds.length) {
      await exec(
        em,
        sql`UPDATE newsletter_subscribers SET email = ${pseudoEmail}, first_name = NULL, last_name = NULL,
              confirm_token_hash = NULL, status_reason = NULL WHERE id = ANY(${subscriberIds}::uuid[])`,
      );
      await exec(
        em,
        sql`UPDATE newsletter_consent_events SET ip = NULL, user_agent = NULL
            WHERE subscriber_id = ANY(${subscriberIds}::uuid[])`,
      );
    }

    if (donorIds.length) {
      // Gifts and receipts stay (the tax code asks the network to keep them); who gave becomes the pseudonym.
      await exec(
        em,
        sql`UPDATE donors SET first_name = 'personne effacée', last_name = ${`n° ${n}`}, email = NULL, address = NULL,
              postcode = NULL, city = NULL, public_name = false
            WHERE id = ANY(${donorIds}::uuid[]) AND kind = 'person'`,
      );
      await exec(
        em,
        sql`UPDATE tax_receipts SET donor_name = ${pseudonym}, donor_address = NULL
            WHERE donor_id = ANY(${donorIds}::uuid[]) AND donor_kind = 'person'`,
      );
    }
    const shapes = await tableShapes(em);
    const { tables, frozenMentions } = await scrubMentions(em, subject, pseudonym, pseudoEmail, shapes);
    const linked = await scrubLastName(em, subject, pseudonym, shapes);
    // The audit log keeps its chain: only payloads are redacted.
    const [emails, names] = mentionPatterns(subject);
    let redacted = emails ? await this.audit.redact(em, emails, pseudoEmail, accountIds) : 0;
    if (names) redacted += await this.audit.redact(em, names, pseudonym, accountIds);
    // Records about them spell their names in separate fields (firstName, lastName).
    if (subject.ownNames.length)
      redacted += await this.audit.redact(em, subject.ownNames.join('|'), pseudonym, accountIds, idsOf(subject));
    const scrubbedTables = [...new Set([...tables, ...linked])].sort();
    const outcome = { number: n, pseudonym, scrubbedTables, frozenMentions, redactedAuditEntries: redacted };
    await this.audit.record(em, ctx, {
      action: 'erase',
      entityType: personId ? 'Person' : 'Subscriber',
      entityId: personId ?? subscriberIds[0],
      after: { reason, ...outcome },
    });
    return outcome;
  }
}
