'use client';

import { Text } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { Decision } from '../types';

/** How it was decided: the method, with the counts of a vote. */
export function DecisionHow({
  decision: d,
}: {
  decision: Pick<Decision, 'method' | 'votesFor' | 'votesAgainst' | 'votesAbstain'>;
}) {
  const t = useT();
  return (
    <Text size="sm">
      {t(`governance.method.${d.method}`)}
      {d.method === 'vote' && (
        <Text span size="xs" c="dimmed">
          {' '}
          (
          {t('governance.decision.votes', {
            for: d.votesFor ?? 0,
            against: d.votesAgainst ?? 0,
            abstain: d.votesAbstain ?? 0,
          })}
          )
        </Text>
      )}
    </Text>
  );
}
