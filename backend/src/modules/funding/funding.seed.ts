import { multiplyCents } from '@maillage/emails/money';
import type { SeedStep } from '../../database/seed/seed';
import { FunderContact } from './funder-contact.entity';
import { Funder } from './funder.entity';
import { funders, grants } from './funding.demo-data';
import { GrantBudgetLine } from './grant-budget-line.entity';
import { GrantDocument } from './grant-document.entity';
import { GrantDeliverable, GrantIndicator } from './grant-content.entity';
import { GrantExpense } from './grant-expense.entity';
import { GrantInstalment } from './grant-instalment.entity';
import { GrantReport } from './grant-report.entity';
import { GrantStatusChange } from './grant-status-change.entity';
import { Grant } from './grant.entity';
import { CATEGORY_ACCOUNTS } from './funding-types';

const cents = (euros: number) => multiplyCents(euros, 100);

/**
 * Funders and grants with their history, instalments, budgets and spending, reports and documents. Ids: `funder:<key>`,
 * `grant:<key>`.
 */
export const seedFunding: SeedStep = {
  name: 'funders and grants',
  async run(em, ids) {
    for (const { key, contacts, ...f } of funders) {
      const funder = await em.save(em.create(Funder, f));
      ids.set(`funder:${key}`, funder.id);
      if (contacts.length)
        await em.insert(
          FunderContact,
          contacts.map((c, position) => ({ ...c, funderId: funder.id, position })),
        );
    }
    for (const g of grants) {
      const [status, statusChangedOn] = g.history[g.history.length - 1];
      const grantedOn = g.history.find(([s]) => s === 'granted')?.[1] ?? null;
      const grant = await em.save(
        em.create(Grant, {
          funderId: ids.get(`funder:${g.funder}`)!,
          title: g.title,
          reference: g.reference ?? null,
          status,
          statusChangedOn,
          grantedOn,
          amountRequestedCents: cents(g.requested),
          amountGrantedCents: g.granted === undefined ? null : cents(g.granted),
          ownFundsCents: cents(g.ownFunds ?? 0),
          startsOn: g.startsOn ?? null,
          endsOn: g.endsOn ?? null,
          applicationDeadline: g.applicationDeadline ?? null,
          agreementSignedOn: g.agreementSignedOn ?? null,
          notes: g.notes ?? null,
          signatoryName: g.signatory?.[0] ?? null,
          signatoryRole: g.signatory?.[1] ?? null,
          objectives: g.objectives ?? null,
          expectedResults: g.expectedResults ?? null,
        }),
      );
      ids.set(`grant:${g.key}`, grant.id);
      const grantId = grant.id;
      await em.insert(
        GrantStatusChange,
        g.history.map(([s, changedOn], i) => ({
          grantId,
          fromStatus: i ? g.history[i - 1][0] : null,
          status: s,
          changedOn,
        })),
      );
      for (const i of g.instalments ?? []) {
        await em.insert(GrantInstalment, {
          grantId,
          label: i.label,
          expectedCents: cents(i.expected),
          expectedOn: i.expectedOn,
          receivedCents: i.received ? cents(i.received[0]) : null,
          receivedOn: i.received?.[1] ?? null,
        });
      }
      for (const line of g.budget ?? []) {
        const saved = await em.save(
          em.create(GrantBudgetLine, {
            grantId,
            category: line.category,
            account: line.account ?? CATEGORY_ACCOUNTS[line.category],
            gapNote: line.gapNote ?? null,
            label: line.label,
            plannedCents: cents(line.planned),
          }),
        );
        for (const [spentOn, amount, description] of line.spent ?? []) {
          await em.insert(GrantExpense, {
            grantId,
            budgetLineId: saved.id,
            spentOn,
            amountCents: cents(amount),
            description,
          });
        }
      }
      for (const r of g.reports ?? []) await em.insert(GrantReport, { grantId, status: 'due', ...r });
      for (const d of g.documents ?? []) await em.insert(GrantDocument, { grantId, ...d });
      for (const d of g.deliverables ?? []) await em.insert(GrantDeliverable, { grantId, ...d });
      for (const i of g.indicators ?? []) await em.insert(GrantIndicator, { grantId, measured: null, ...i });
    }
    return funders.length + grants.length;
  },
};
