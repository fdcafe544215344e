import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { ONBOARDING_STEPS, type FeedHealth, type OnboardingStep } from '../types';

const HEALTH_COLORS: Record<FeedHealth, string> = { unknown: 'gray', ok: 'teal', failing: 'red', stale: 'orange' };

export function HealthBadge({ health }: { health: FeedHealth }) {
  const t = useT();
  return (
    <Badge color={HEALTH_COLORS[health]} variant="light" data-testid="source-health">
      {t(`sources.health.${health}`)}
    </Badge>
  );
}

/** The step, with how far along the path it is. */
export function StepBadge({ step }: { step: OnboardingStep }) {
  const t = useT();
  const done = ONBOARDING_STEPS.indexOf(step) + 1;
  return (
    <Badge
      color={step === 'autonomous' ? 'teal' : 'blue'}
      variant="light"
      tt="none"
      title={t('sources.stepsDone', { done, total: ONBOARDING_STEPS.length })}
      data-testid="source-step"
    >
      {done}/{ONBOARDING_STEPS.length} · {t(`sources.step.${step}`)}
    </Badge>
  );
}
