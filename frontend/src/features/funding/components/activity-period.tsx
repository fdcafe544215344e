'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { ActivityPeriod } from '../api';
import { activityPeriodSchema } from '../schemas';
import { DateField } from '@/components/form-fields';

/** The report's period: shown when asked (each period keeps its own text). */
export function ActivityPeriodForm({
  period,
  onChange,
}: {
  period: ActivityPeriod;
  onChange: (p: ActivityPeriod) => void;
}) {
  const t = useT();
  const form = useForm({ resolver: zodResolver(activityPeriodSchema), defaultValues: period });
  return (
    <form onSubmit={(e) => void form.handleSubmit(onChange)(e)} noValidate data-testid="activity-period">
      <Group align="flex-end">
        <DateField form={form} name="from" label={t('funding.activity.from')} required />
        <DateField form={form} name="to" label={t('funding.activity.to')} required />
        <Button type="submit" variant="default" data-testid="activity-period-submit">
          {t('funding.activity.showPeriod')}
        </Button>
      </Group>
    </form>
  );
}
