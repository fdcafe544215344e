'use client';

import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPin, IconPinnedOff } from '@tabler/icons-react';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import type { SimulationState } from '../use-simulation';
import type { Simulation } from '../types';
import { SplitChart } from './split-chart';
import { SplitLinesTable } from './split-lines-table';

interface Props {
  simulation: SimulationState;
  /** Nothing to simulate yet (no amount, no organisation). */
  empty: boolean;
  pinned: Simulation | null;
  onPin: () => void;
  onUnpin: () => void;
  onRestorePinned: () => void;
}

/** The live result of the editor's inputs, and the pinned simulation it is compared with. */
export function SimulationPanel({ simulation, empty, pinned, onPin, onUnpin, onRestorePinned }: Props) {
  const t = useT();
  const format = useFormat();
  const { result, problems, error, loading } = simulation;
  const messages = Object.values(problems ?? {}).flat();
  const ruleLabel = (s: Simulation) => t(`splits.rule.${s.rule}`);

  return (
    <Paper withBorder p="md" data-testid="split-simulation" aria-busy={loading}>
      <Stack gap="md">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h4">
              {t('splits.simulation')}
            </Title>
            {loading && <Loader size="xs" aria-label={t('common.loading')} />}
          </Group>
          <Group gap="xs">
            {pinned ? (
              <>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconArrowBackUp size={14} aria-hidden />}
                  onClick={onRestorePinned}
                  data-testid="split-restore-pinned"
                >
                  {t('splits.compare.restore')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPinnedOff size={14} aria-hidden />}
                  onClick={onUnpin}
                  data-testid="split-unpin"
                >
                  {t('splits.compare.unpin')}
                </Button>
              </>
            ) : (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPin size={14} aria-hidden />}
                onClick={onPin}
                disabled={!result || messages.length > 0}
                data-testid="split-pin"
              >
                {t('splits.compare.pin')}
              </Button>
            )}
          </Group>
        </Group>
        {empty && (
          <Text c="dimmed" size="sm">
            {t('splits.simulationEmpty')}
          </Text>
        )}
        {!empty && messages.length > 0 && (
          <Alert color="orange" title={t('splits.problems')} data-testid="split-problems">
            <Stack gap={2}>
              {messages.map((m) => (
                <Text key={m} size="sm">
                  {m}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {error && <Alert color="red">{errorText(t, error)}</Alert>}
        {pinned && (
          <Text size="sm" data-testid="split-compare-caption">
            {t('splits.compare.caption', { pinned: ruleLabel(pinned), current: result ? ruleLabel(result) : '—' })}
          </Text>
        )}
        {result && !empty && (
          // The last result that could be computed stays, faded, while the inputs are being corrected.
          <Stack
            gap="md"
            style={{ opacity: messages.length > 0 ? 0.4 : 1 }}
            aria-hidden={messages.length > 0 || undefined}
          >
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label={t('splits.field.total')} value={format.cents(result.totalCents)} />
              <Figure label={t('splits.setAside')} value={format.cents(result.setAsideCents)} />
              <Figure
                label={t('splits.distributed')}
                value={format.cents(result.distributedCents)}
                testId="split-distributed"
              />
              <Figure label={t('splits.organisations')} value={String(result.lines.length)} />
            </SimpleGrid>
            <SplitChart
              lines={result.lines}
              compare={pinned?.lines}
              labels={pinned ? { compare: ruleLabel(pinned), current: ruleLabel(result) } : undefined}
            />
            {result.rounds.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('splits.roundsNote', { count: result.rounds.reduce((n, r) => n + r.clamped.length, 0) })}
              </Text>
            )}
            <SplitLinesTable
              rule={result.rule}
              lines={result.lines}
              compare={pinned?.lines}
              explain={!pinned}
              caption={t('splits.simulation')}
            />
            <Text size="xs" c="dimmed">
              {t('splits.tieBreak')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

export function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
