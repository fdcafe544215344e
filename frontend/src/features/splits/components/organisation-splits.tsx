'use client';

import Link from 'next/link';
import { Button, Group, Paper, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageState } from '@/components/page-state';
import { splitsApi } from '../api';
import { OrganisationStatement } from './organisation-statement';

/** The organisation page's section on fund splits, for those who may read its shares (the coordinator, its COPIL
 *  members). */
export function OrganisationSplits({ organisationId }: { organisationId: string }) {
  const t = useT();
  const ability = useAppAbility();
  const allowed = ability.can('read', asSubject('SplitLine', { organisationId }));
  const statement = useApiData(
    (signal) => (allowed ? splitsApi.organisationStatement(organisationId, signal) : Promise.resolve(undefined)),
    [organisationId, allowed],
  );
  if (!allowed) return null;
  return (
    <Paper withBorder p="md" data-testid="organisation-splits">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('splits.statement.section')}
        </Title>
        <Group gap="xs">
          <Button
            component={Link}
            href={`/splits/statements/${organisationId}`}
            variant="default"
            size="xs"
            leftSection={<IconPrinter size={14} aria-hidden />}
            data-testid="organisation-statement-print"
          >
            {t('splits.statement.printable')}
          </Button>
          <Button
            component="a"
            href={splitsApi.organisationStatementCsvUrl(organisationId)}
            variant="default"
            size="xs"
            leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
            data-testid="organisation-statement-csv"
          >
            {t('splits.statement.csv')}
          </Button>
        </Group>
      </Group>
      {statement.data ? <OrganisationStatement statement={statement.data} /> : <PageState error={statement.error} />}
    </Paper>
  );
}
