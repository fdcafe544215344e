'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { DataTable, type Column } from '@/components/data-table';
import { PROPORTIONAL_RULES, type SplitLine, type SplitRule } from '../types';

interface Props {
  rule: SplitRule;
  lines: SplitLine[];
  /** A pinned simulation: its amount per organisation and the difference are shown beside. */
  compare?: SplitLine[];
  /** Approved splits: paid and remaining columns, and what can be done on a line. */
  withPayments?: boolean;
  actions?: (line: SplitLine) => ReactNode;
  /** Where an organisation's name links to (its statement), if anywhere. */
  href?: (line: SplitLine) => string | undefined;
  /** The engine's sentence under each name; left out when comparing, where the numbers matter. */
  explain?: boolean;
  caption: string;
}

/** Shares of a split, always to the hundredth ("50,00 %" beside "33,33 %"): one precision down a column. */
export function formatRatio(ratio: string | number, locale: string): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Number(ratio));
}

/** Every organisation's share with how it came about; the explanation under each name is the engine's own sentence. */
export function SplitLinesTable({ rule, lines, compare, withPayments, actions, href, explain = true, caption }: Props) {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const pinned = new Map(compare?.map((l) => [l.organisationId, l.amountCents]));
  const proportional = PROPORTIONAL_RULES.includes(rule);

  const columns: Column<SplitLine>[] = [
    {
      key: 'organisation',
      header: t('splits.line.organisation'),
      render: (l) => {
        const link = href?.(l);
        return (
          <Stack gap={2} maw={360}>
            {link ? (
              <Anchor component={Link} href={link} fw={500}>
                {l.organisationName}
              </Anchor>
            ) : (
              <Text fw={500} size="sm">
                {l.organisationName}
              </Text>
            )}
            {explain && (
              <Text size="xs" c="dimmed" data-testid="split-line-explanation">
                {l.explanation}
              </Text>
            )}
          </Stack>
        );
      },
    },
    ...(proportional && !compare
      ? [
          {
            key: 'contribution',
            header: t('splits.line.contribution'),
            render: (l: SplitLine) => format.cents(l.contributionCents),
          },
        ]
      : []),
    { key: 'ratio', header: t('splits.line.ratio'), render: (l) => formatRatio(l.ratio, locale) },
    {
      key: 'amount',
      header: t('splits.line.amount'),
      render: (l) => (
        <Group gap={6} wrap="nowrap">
          <Text fw={600} size="sm" data-testid="split-line-amount" style={{ whiteSpace: 'nowrap' }}>
            {format.cents(l.amountCents)}
          </Text>
          {l.bound && (
            <Badge size="xs" variant="outline" color={l.bound === 'cap' ? 'orange' : 'grape'}>
              {t(`splits.bound.${l.bound}`)}
            </Badge>
          )}
          {l.roundingCents > 0 && (
            <Badge size="xs" variant="light" color="gray" title={t('splits.line.roundingHelp')}>
              +{format.cents(l.roundingCents)}
            </Badge>
          )}
        </Group>
      ),
    },
  ];
  if (compare) {
    columns.push(
      {
        key: 'pinned',
        header: t('splits.compare.pinned'),
        render: (l) => (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {format.cents(pinned.get(l.organisationId) ?? 0)}
          </Text>
        ),
      },
      {
        key: 'delta',
        header: t('splits.compare.delta'),
        render: (l) => {
          const delta = l.amountCents - (pinned.get(l.organisationId) ?? 0);
          return (
            <Text size="sm" c={delta > 0 ? 'teal' : delta < 0 ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
              {delta > 0 ? '+' : ''}
              {format.cents(delta)}
            </Text>
          );
        },
      },
    );
  }
  if (withPayments) {
    columns.push(
      { key: 'paid', header: t('splits.line.paid'), render: (l) => format.cents(l.paidCents ?? 0) },
      {
        key: 'remaining',
        header: t('splits.line.remaining'),
        render: (l) => (
          <Text size="sm" fw={l.remainingCents ? 600 : 400} data-testid="split-line-remaining">
            {format.cents(l.remainingCents ?? 0)}
          </Text>
        ),
      },
    );
  }
  if (actions)
    columns.push({ key: 'actions', header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>, render: actions });

  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={lines}
      rowKey={(l) => l.organisationId}
      minWidth={withPayments ? 760 : 560}
      testId="split-lines"
    />
  );
}
