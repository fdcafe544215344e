'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { Anchor, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import {
  IconArrowsSplit,
  IconBuildingBank,
  IconCash,
  IconCoins,
  IconGavel,
  IconTargetArrow,
} from '@tabler/icons-react';
import type { MessageKey } from '@/lib/i18n/keys';
import { useFormat, useT } from '@/lib/i18n/provider';
import type { Trail } from '../types';

/**
 * The chain decision → action → grant → instalments received → split → payments, each step a link to its page. The
 * API leaves out what the reader may not read: a step can be empty.
 */
export function TrailChain({ trail }: { trail: Trail }) {
  const t = useT();
  const format = useFormat();
  const decisions = trail.actions
    .flatMap((a) => a.decisions)
    .filter((d, i, all) => all.findIndex((x) => x.id === d.id) === i);
  const received = trail.grants.flatMap((g) => g.instalments.map((i) => ({ ...i, grant: g.title })));
  const payments = trail.splits.flatMap((s) => s.payments.map((p) => ({ ...p, split: s.title })));
  const status = (key: string) => t(key as MessageKey);

  const step = (title: MessageKey, icon: ReactNode, testId: string, items: ReactNode[]) => (
    <Timeline.Item
      bullet={icon}
      title={
        <Title order={2} size="h5">
          {t(title)}
        </Title>
      }
      data-testid={testId}
    >
      <Stack gap={4} mt={4}>
        {items.length ? (
          items
        ) : (
          <Text size="sm" c="dimmed">
            {t('trail.none')}
          </Text>
        )}
      </Stack>
    </Timeline.Item>
  );

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="trail-totals">
        {(
          [
            ['trail.total.granted', trail.totals.grantedCents],
            ['trail.total.received', trail.totals.receivedCents],
            ['trail.total.inKind', trail.totals.inKindCents],
            ['trail.total.paid', trail.totals.paidCents],
          ] as const
        ).map(([label, cents]) => (
          <Paper key={label} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t(label)}
            </Text>
            <Text fw={700} size="lg">
              {format.cents(cents)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Timeline active={5} bulletSize={28} lineWidth={2}>
        {step(
          'trail.step.decisions',
          <IconGavel size={16} aria-hidden />,
          'trail-decisions',
          decisions.map((d) => (
            <Anchor key={d.id} component={Link} href={`/decisions/${d.id}`} size="sm">
              {t('trail.decision.line', { number: d.number, title: d.title, date: format.date(d.decidedOn) })}
            </Anchor>
          )),
        )}
        {step(
          'trail.step.actions',
          <IconTargetArrow size={16} aria-hidden />,
          'trail-actions',
          trail.actions.map((a) => (
            <Anchor key={a.id} component={Link} href={`/strategy/actions/${a.id}`} size="sm">
              {a.title} · {status(`governance.strategyStatus.${a.status}`)}
            </Anchor>
          )),
        )}
        {step(
          'trail.step.grants',
          <IconBuildingBank size={16} aria-hidden />,
          'trail-grants',
          trail.grants.map((g) => (
            <div key={g.id}>
              <Anchor component={Link} href={`/funding/grants/${g.id}`} size="sm" fw={600}>
                {g.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {status(`funding.status.${g.status}`)} ·{' '}
                {t('trail.grant.line', {
                  funder: g.funderName,
                  granted: format.cents(g.amountGrantedCents),
                  received: format.cents(g.receivedCents),
                })}
              </Text>
              <Text size="xs">{t('trail.grant.inKind', { amount: format.cents(g.inKindCents) })}</Text>
            </div>
          )),
        )}
        {step(
          'trail.step.instalments',
          <IconCoins size={16} aria-hidden />,
          'trail-instalments',
          received.map((i) => (
            <Text key={i.id} size="sm" c={i.receivedOn ? undefined : 'dimmed'}>
              {i.receivedOn
                ? t('trail.instalment.received', {
                    label: `${i.grant} — ${i.label}`,
                    amount: format.cents(i.receivedCents),
                    date: format.date(i.receivedOn),
                  })
                : t('trail.instalment.expected', {
                    label: `${i.grant} — ${i.label}`,
                    amount: format.cents(i.expectedCents),
                    date: format.date(i.expectedOn),
                  })}
            </Text>
          )),
        )}
        {step(
          'trail.step.splits',
          <IconArrowsSplit size={16} aria-hidden />,
          'trail-splits',
          trail.splits.map((s) => (
            <div key={s.id}>
              <Anchor component={Link} href={`/splits/${s.id}`} size="sm" fw={600}>
                {s.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('trail.split.line', {
                  status: status(`splits.status.${s.status}`),
                  total: format.cents(s.totalCents),
                  paid: format.cents(s.paidCents),
                })}
              </Text>
            </div>
          )),
        )}
        {step(
          'trail.step.payments',
          <IconCash size={16} aria-hidden />,
          'trail-payments',
          payments.map((p) => (
            <Text key={p.id} size="sm">
              <Anchor component={Link} href={`/organisations/${p.organisationId}`} inherit>
                {p.organisationName}
              </Anchor>{' '}
              — {t('trail.payment.line', { amount: format.cents(p.amountCents), date: format.date(p.paidOn) })}
            </Text>
          )),
        )}
      </Timeline>
    </Stack>
  );
}
