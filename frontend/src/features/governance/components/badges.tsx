'use client';

import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { ActionStatus, AttendanceStatus, DecisionOutcome, MeetingKind, StrategyStatus } from '../types';

const OUTCOME_COLOURS: Record<DecisionOutcome, string> = { adopted: 'teal', rejected: 'red', postponed: 'yellow' };
const ATTENDANCE_COLOURS: Record<AttendanceStatus, string> = {
  invited: 'gray',
  present: 'teal',
  excused: 'yellow',
  absent: 'red',
};
const ACTION_COLOURS: Record<ActionStatus, string> = {
  open: 'blue',
  in_progress: 'indigo',
  done: 'teal',
  cancelled: 'gray',
};
const STRATEGY_COLOURS: Record<StrategyStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'teal',
  paused: 'yellow',
  abandoned: 'red',
};

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const t = useT();
  return (
    <Badge color={OUTCOME_COLOURS[outcome]} variant="light">
      {t(`governance.outcome.${outcome}`)}
    </Badge>
  );
}

export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const t = useT();
  return (
    <Badge color={ATTENDANCE_COLOURS[status]} variant="light">
      {t(`governance.attendance.${status}`)}
    </Badge>
  );
}

export function ActionStatusBadge({ status, overdue }: { status: ActionStatus; overdue?: boolean }) {
  const t = useT();
  return (
    <>
      <Badge color={ACTION_COLOURS[status]} variant="light">
        {t(`governance.actionStatus.${status}`)}
      </Badge>
      {overdue && <OverdueBadge />}
    </>
  );
}

export function OverdueBadge() {
  const t = useT();
  return (
    <Badge color="red" variant="filled" ml={4} data-testid="overdue-badge">
      {t('governance.action.overdue')}
    </Badge>
  );
}

export function StrategyStatusBadge({ status }: { status: StrategyStatus }) {
  const t = useT();
  return (
    <Badge color={STRATEGY_COLOURS[status]} variant="light">
      {t(`governance.strategyStatus.${status}`)}
    </Badge>
  );
}

export function MeetingKindBadge({ kind }: { kind: MeetingKind }) {
  const t = useT();
  return (
    <Badge color="grape" variant="light">
      {t(`governance.kind.${kind}`)}
    </Badge>
  );
}
