'use client';

import '@mantine/charts/styles.css';
import Link from 'next/link';
import { BarChart, DonutChart } from '@mantine/charts';
import { Anchor, ColorSwatch, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { themeColor } from '@/lib/theme';
import type { OrganisationHome } from '../types';
import { HomeTile } from './home-tile';
import { SectionCard } from '@/components/section-card';

const STATUS_COLORS = { draft: 'gray.5', submitted: 'yellow.6', validated: 'teal.7', rejected: 'red.6' } as const;

/**
 * A COPIL member's organisation: its contributions this year by status (a donut whose legend opens each filtered
 * list), its shares of the approved splits and what was paid of them.
 */
export function OrganisationPanel({ o }: { o: OrganisationHome }) {
  const t = useT();
  const format = useFormat();
  const contributions = (status?: string) =>
    `/contributions?organisationId=${o.organisationId}&period=thisYear${status ? `&status=${status}` : ''}`;
  return (
    <SectionCard title={o.organisationName} testId="home-organisation">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Text fw={600} size="sm" mb="xs">
            {t('home.org.contributions', { year: o.year })}
          </Text>
          <Group align="center" gap="lg" wrap="wrap">
            <DonutChart
              size={140}
              thickness={22}
              withTooltip
              tooltipDataSource="segment"
              valueFormatter={(v) => format.cents(v)}
              data={o.byStatus
                .filter((s) => s.valueCents > 0)
                .map((s) => ({
                  name: t(`contributions.status.${s.status}`),
                  value: s.valueCents,
                  color: STATUS_COLORS[s.status],
                }))}
              aria-hidden
            />
            <Table withRowBorders={false} verticalSpacing={4} style={{ flex: 1, minWidth: 220 }}>
              <Table.Tbody>
                {o.byStatus.map((s) => (
                  <Table.Tr key={s.status}>
                    <Table.Td>
                      <Group gap={8} wrap="nowrap">
                        <ColorSwatch color={themeColor(STATUS_COLORS[s.status])} size={12} aria-hidden />
                        <Anchor
                          component={Link}
                          href={contributions(s.status)}
                          size="sm"
                          data-testid={`org-${s.status}`}
                        >
                          {t(`contributions.status.${s.status}`)}
                        </Anchor>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right" data-testid={`org-${s.status}-count`}>
                      {s.count}
                    </Table.Td>
                    <Table.Td ta="right">{format.cents(s.valueCents)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={700}>
                  <Table.Td>
                    <Anchor component={Link} href={contributions()} size="sm" fw={700} data-testid="org-all">
                      {t('home.org.total')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" data-testid="org-all-count">
                    {o.contributions.count}
                  </Table.Td>
                  <Table.Td ta="right">{format.cents(o.contributions.valueCents)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Group>
        </div>
        <div>
          <Text fw={600} size="sm" mb="xs">
            {t('home.org.splits')}
          </Text>
          <SimpleGrid cols={3} spacing="xs" mb="sm">
            <HomeTile
              label={t('home.org.allocated')}
              value={format.cents(o.allocatedCents)}
              detail={t('home.org.splitCount', { count: o.splits.length })}
              href={`/splits?organisationId=${o.organisationId}`}
              testId="home-org-allocated"
            />
            <HomeTile label={t('home.org.paid')} value={format.cents(o.paidCents)} testId="home-org-paid" />
            <HomeTile
              label={t('home.org.due')}
              value={format.cents(o.dueCents)}
              testId="home-org-due"
              alert={o.dueCents > 0}
            />
          </SimpleGrid>
          {o.splits.length > 0 && (
            <BarChart
              h={Math.max(100, o.splits.length * 40)}
              orientation="vertical"
              type="stacked"
              data={o.splits.map((s) => ({
                name: s.title,
                paid: (s.paidCents ?? 0) / 100,
                due: ((s.allocatedCents ?? 0) - (s.paidCents ?? 0)) / 100,
              }))}
              dataKey="name"
              valueFormatter={(v) => format.cents(Math.round(v * 100))}
              yAxisProps={{ width: 150 }}
              withXAxis={false}
              withLegend
              series={[
                { name: 'paid', label: t('home.org.paid'), color: 'teal.7' },
                { name: 'due', label: t('home.org.due'), color: 'yellow.5' },
              ]}
            />
          )}
        </div>
      </SimpleGrid>
    </SectionCard>
  );
}
