'use client';

import Link from 'next/link';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import type { FundingAlert } from '../types';

/** The rules the network must keep with its funders, broken right now, each with what to do. */
export function AlertsList({ alerts, withGrant = true }: { alerts: FundingAlert[]; withGrant?: boolean }) {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  if (alerts.length === 0) return null;
  const list = new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' });
  // On the grant's own page its title is not a link, but the sentence still needs its subject.
  const grantLink = (id: string, title: string) =>
    withGrant ? (
      <Anchor component={Link} href={`/funding/grants/${id}`} inherit fw={600}>
        {title}
      </Anchor>
    ) : (
      <Text span inherit fw={600}>
        {title}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="funding-alerts">
      {alerts.map((a, i) => (
        <Alert
          key={i}
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          role="status"
          title={t(`funding.alert.${a.kind}.title`)}
        >
          {a.kind === 'agreement_missing' && (
            <Text size="sm">
              {grantLink(a.grantId ?? '', a.grantTitle ?? '')}{' '}
              {t('funding.alert.agreement_missing.text', {
                funder: a.funderName ?? '',
                amount: format.cents(a.amountGrantedCents),
                year: a.year ?? '',
                total: format.cents(a.funderYearCents),
              })}
              <Text span size="xs" c="dimmed" display="block" mt={4}>
                {t('funding.alert.agreement_missing.law')}
              </Text>
            </Text>
          )}
          {a.kind === 'public_threshold' && (
            <Text size="sm">
              {t('funding.alert.public_threshold.text', {
                year: a.year ?? '',
                amount: format.cents(a.publicReceivedCents),
                threshold: format.cents(a.thresholdCents),
              })}
              <Text span size="xs" c="dimmed" display="block" mt={4}>
                {t('funding.alert.public_threshold.law')}
              </Text>
            </Text>
          )}
          {a.kind === 'report_still_due' && (
            <Text size="sm">
              {grantLink(a.grantId ?? '', a.grantTitle ?? '')}{' '}
              {t('funding.alert.report_still_due.text', {
                funder: a.funderName ?? '',
                reports: list.format(
                  (a.reportTitles ?? []).map((title) => (locale === 'fr' ? `« ${title} »` : `“${title}”`)),
                ),
                previous: a.previousGrantTitle ?? '',
                due: format.date(a.reportDueOn),
              })}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
