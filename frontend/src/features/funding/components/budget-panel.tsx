'use client';

import { useState } from 'react';
import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconReceipt, IconTrash } from '@tabler/icons-react';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { notifyError } from '@/lib/notify';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { grantsApi } from '../api';
import { todayInParis } from '../dates';
import { formatShare } from '../money';
import { budgetLineSchema, expenseSchema } from '../schemas';
import { ACTIVE_STATUSES, BUDGET_ACCOUNTS, BUDGET_CATEGORIES, type BudgetLine, type Expense } from '../types';
import { DateField, EnumField, MoneyField, TextField } from '@/components/form-fields';
import type { PanelProps } from './instalments-panel';
import { ModalForm } from '@/components/modal-form';

const EXPENSES_PAGE = 10;

/** Planned amounts per category, the spending recorded against them, and how much of each is used. */
export function BudgetPanel({ grant, canEdit, onSaved }: PanelProps) {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const [addingLine, setAddingLine] = useState(false);
  const [addingExpense, setAddingExpense] = useState(false);
  const [page, setPage] = useState(1);
  // Reloaded when the spending total moves: an expense added or removed on this page.
  const expenses = useApiData(
    (signal) => grantsApi.listExpenses(grant.id, { page, pageSize: EXPENSES_PAGE }, signal),
    [grant.id, page, grant.figures.spentCents],
  );
  const active = ACTIVE_STATUSES.includes(grant.status);

  return (
    <Stack>
      <DataTable<BudgetLine>
        caption={t('funding.budget.title')}
        testId="budget-table"
        minWidth={640}
        rows={grant.budgetLines}
        rowKey={(l) => l.id}
        empty={t('funding.budget.empty')}
        columns={[
          { key: 'account', header: t('funding.budget.account'), render: (l) => l.account },
          { key: 'category', header: t('funding.budget.category'), render: (l) => t(`funding.category.${l.category}`) },
          { key: 'label', header: t('funding.budget.label'), render: (l) => l.label },
          { key: 'planned', header: t('funding.budget.planned'), render: (l) => format.cents(l.plannedCents) },
          { key: 'spent', header: t('funding.budget.spent'), render: (l) => format.cents(l.spentCents) },
          {
            key: 'share',
            header: t('funding.budget.share'),
            render: (l) => {
              const share = l.plannedCents ? l.spentCents / l.plannedCents : null;
              return (
                <Group gap="xs" wrap="nowrap">
                  <Progress
                    value={Math.min(100, (share ?? 0) * 100)}
                    color={share !== null && share > 1 ? 'red' : 'teal'}
                    w={80}
                    aria-hidden
                  />
                  <Text size="sm">{formatShare(share, locale)}</Text>
                </Group>
              );
            },
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  header: t('common.actions'),
                  render: (l: BudgetLine) => (
                    <ConfirmButton
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      title={t('funding.budget.removeTitle')}
                      message={t('funding.budget.removeConfirm', { label: l.label })}
                      confirmLabel={t('funding.remove')}
                      onConfirm={() =>
                        grantsApi
                          .budgetLines(grant.id)
                          .remove(l.id)
                          .then(onSaved, (e) => notifyError(t, e))
                      }
                      leftSection={<IconTrash size={14} aria-hidden />}
                    >
                      {t('funding.remove')}
                    </ConfirmButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAddingLine(true)}
            data-testid="budget-line-add"
          >
            {t('funding.budget.addLine')}
          </Button>
          {active && grant.budgetLines.length > 0 && (
            <Button
              variant="light"
              leftSection={<IconReceipt size={16} aria-hidden />}
              onClick={() => setAddingExpense(true)}
              data-testid="expense-add"
            >
              {t('funding.budget.addExpense')}
            </Button>
          )}
        </Group>
      )}

      <Title order={3} size="h5" mt="md">
        {t('funding.expenses.title')}
      </Title>
      <DataTable<Expense>
        caption={t('funding.expenses.title')}
        testId="expenses-table"
        minWidth={600}
        rows={expenses.data?.items}
        loading={expenses.loading}
        rowKey={(e) => e.id}
        empty={t('funding.expenses.empty')}
        pagination={{ page, pageSize: EXPENSES_PAGE, total: expenses.data?.total ?? 0, onPage: setPage }}
        columns={[
          { key: 'spentOn', header: t('funding.expenses.spentOn'), render: (e) => format.date(e.spentOn) },
          { key: 'line', header: t('funding.expenses.line'), render: (e) => e.budgetLineLabel },
          {
            key: 'description',
            header: t('funding.expenses.description'),
            render: (e) => (e.reference ? `${e.description} (${e.reference})` : e.description),
          },
          { key: 'amount', header: t('funding.expenses.amount'), render: (e) => format.cents(e.amountCents) },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  header: t('common.actions'),
                  render: (e: Expense) => (
                    <ConfirmButton
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      title={t('funding.expenses.removeTitle')}
                      message={t('funding.expenses.removeConfirm', { description: e.description })}
                      confirmLabel={t('funding.remove')}
                      onConfirm={() =>
                        grantsApi
                          .expenses(grant.id)
                          .remove(e.id)
                          .then(onSaved, (err) => notifyError(t, err))
                      }
                      leftSection={<IconTrash size={14} aria-hidden />}
                    >
                      {t('funding.remove')}
                    </ConfirmButton>
                  ),
                },
              ]
            : []),
        ]}
      />

      <ModalForm
        opened={addingLine}
        onClose={() => setAddingLine(false)}
        title={t('funding.budget.addLine')}
        schema={budgetLineSchema}
        defaultValues={{ category: '', account: '', label: '', plannedCents: '', gapNote: '' }}
        submitLabel={t('common.save')}
        testId="budget-line-form"
        onSubmit={(values) => grantsApi.budgetLines(grant.id).add(values).then(onSaved)}
      >
        {(form) => (
          <>
            <EnumField
              form={form}
              name="category"
              label={t('funding.budget.category')}
              required
              values={BUDGET_CATEGORIES}
              prefix="funding.category."
              testId="budget-line-category"
            />
            <EnumField
              form={form}
              name="account"
              label={t('funding.budget.account')}
              values={BUDGET_ACCOUNTS}
              prefix="funding.account."
              testId="budget-line-account"
            />
            <TextField form={form} name="label" label={t('funding.budget.label')} required />
            <MoneyField form={form} name="plannedCents" label={t('funding.budget.planned')} required />
            <TextField form={form} name="gapNote" label={t('funding.budget.gapNote')} />
          </>
        )}
      </ModalForm>
      <ModalForm
        opened={addingExpense}
        onClose={() => setAddingExpense(false)}
        title={t('funding.budget.addExpense')}
        schema={expenseSchema}
        defaultValues={{
          budgetLineId: grant.budgetLines[0]?.id ?? '',
          spentOn: todayInParis(),
          amountCents: '',
          description: '',
          reference: '',
        }}
        submitLabel={t('common.save')}
        testId="expense-form"
        onSubmit={(values) => grantsApi.expenses(grant.id).add(values).then(onSaved)}
      >
        {(form) => (
          <>
            <EnumField
              form={form}
              name="budgetLineId"
              label={t('funding.expenses.line')}
              required
              values={grant.budgetLines.map((l) => l.id)}
              labels={Object.fromEntries(grant.budgetLines.map((l) => [l.id, l.label]))}
            />
            <Group grow align="flex-start">
              <DateField form={form} name="spentOn" label={t('funding.expenses.spentOn')} required />
              <MoneyField form={form} name="amountCents" label={t('funding.expenses.amount')} required />
            </Group>
            <TextField form={form} name="description" label={t('funding.expenses.description')} required />
            <TextField form={form} name="reference" label={t('funding.expenses.reference')} />
          </>
        )}
      </ModalForm>
    </Stack>
  );
}
