'use client';

import '@mantine/charts/styles.css';
import Link from 'next/link';
import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import type { WorkingGroup } from '@/features/working-groups/types';
import { SectionCard } from '@/components/section-card';

const STAGE_COLORS = { new: 'yellow.6', welcomed: 'blue.5', active: 'teal.7', paused: 'gray.5' } as const;
const STAGES = Object.keys(STAGE_COLORS) as (keyof typeof STAGE_COLORS)[];

/** The groups a lead or welcome person follows: their volunteers' pipeline as bars, and the roles still to fill. */
export function LedGroupsPanel({ groups }: { groups: WorkingGroup[] }) {
  const t = useT();
  return (
    <SectionCard title={t('home.groups.title')} testId="home-led-groups">
      <BarChart
        h={Math.max(100, groups.length * 44)}
        orientation="vertical"
        type="stacked"
        data={groups.map((g) => ({ name: g.name, ...g.pipeline }))}
        dataKey="name"
        yAxisProps={{ width: 140 }}
        xAxisProps={{ allowDecimals: false }}
        withLegend
        series={STAGES.map((stage) => ({ name: stage, label: t(`pipeline.${stage}`), color: STAGE_COLORS[stage] }))}
      />
      <Stack gap={6} mt="sm">
        {groups.map((g) => (
          <Group key={g.id} gap="xs" data-testid={`home-group-${g.id}`}>
            <Anchor component={Link} href={`/working-groups/${g.id}`} size="sm" fw={600}>
              {g.name}
            </Anchor>
            {(g.overdue ?? 0) > 0 && (
              <Badge color="red" variant="light" size="sm">
                {t('home.groups.late', { count: g.overdue ?? 0 })}
              </Badge>
            )}
            {g.gaps.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('home.groups.noGaps')}
              </Text>
            ) : (
              g.gaps.map((gap) => (
                <Badge key={gap} color="orange" variant="outline" size="sm">
                  {t(`groups.gap.${gap}`)}
                </Badge>
              ))
            )}
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}

/** A volunteer's or member's groups, and the way to their own profile. */
export function MemberGroupsPanel({ groups }: { groups: WorkingGroup[] }) {
  const t = useT();
  const { user } = useSession();
  return (
    <SectionCard title={t('home.memberGroups.title')} testId="home-member-groups">
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.memberGroups.none')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {groups.map((g) => (
            <List.Item key={g.id}>
              <Anchor component={Link} href={`/working-groups/${g.id}`}>
                {g.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {user.roles.includes('volunteer') && (
        <Anchor component={Link} href={`/volunteers/${user.personId}`} size="sm" mt="sm" display="inline-block">
          {t('home.memberGroups.profile')}
        </Anchor>
      )}
    </SectionCard>
  );
}
