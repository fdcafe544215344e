'use client';

import { useParams } from 'next/navigation';
import { Text } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { splitsApi } from '@/features/splits/api';
import { OrganisationStatement } from '@/features/splits/components/organisation-statement';
import { PrintPage } from '@/features/splits/components/print-page';

/** An organisation's statement of contributions, shares and payments, to print or download for its board. */
export default function OrganisationStatementPage() {
  const t = useT();
  const format = useFormat();
  const { organisationId } = useParams<{ organisationId: string }>();
  const statement = useApiData((signal) => splitsApi.organisationStatement(organisationId, signal), [organisationId]);
  const s = statement.data;
  if (!s) return <PageState {...statement} />;
  return (
    <PrintPage csvUrl={splitsApi.organisationStatementCsvUrl(organisationId)}>
      <PageHeader
        title={t('splits.statement.title', { name: s.organisation.name })}
        description={t('splits.statement.asOf', { date: format.date(new Date().toISOString()) })}
      />
      <OrganisationStatement statement={s} withContributions />
      <Text size="xs" c="dimmed" mt="lg">
        {t('splits.statement.footer')}
      </Text>
    </PrintPage>
  );
}
