'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { Anchor, Badge, Button, DataList, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconHistory, IconPlus, IconReceipt } from '@tabler/icons-react';
import { useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { parisToday } from '@/lib/paris-time';
import { useApiData } from '@/lib/use-api-data';
import { FieldValue } from '@/components/field-value';
import { Allowed } from '@/components/allowed';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { donationsApi } from '@/features/donations/api';
import { GiftForm } from '@/features/donations/components/gift-form';
import { GiftsTable } from '@/features/donations/components/gifts-table';
import { ReceiptsTable } from '@/features/donations/components/receipts-table';

/** A donor: who they are (and the person or organisation they are), their gifts and their receipts. */
export default function DonorPage() {
  return (
    <Allowed can={['read', 'Donor']}>
      <DonorView />
    </Allowed>
  );
}

function DonorView() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const donor = useApiData((signal) => donationsApi.donor(id, signal), [id]);
  const [entering, setEntering] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const d = donor.data;
  if (!d) return <PageState {...donor} />;
  // The yearly summary covers last year's gifts, the year the donor declares now.
  const lastYear = Number(parisToday().slice(0, 4)) - 1;

  const issueYearly = async () => {
    setIssuing(true);
    try {
      const { receipts } = await donationsApi.issueReceipts({ kind: 'yearly', year: lastYear, donorIds: [d.id] });
      notifySuccess(t('donations.receipt.issued', { count: receipts.length }));
      donor.reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setIssuing(false);
    }
  };

  return (
    <>
      <PageHeader
        title={d.displayName}
        badges={
          d.recurringLapsed && (
            <Badge color="orange" variant="light">
              {t('donations.donor.lapsed')}
            </Badge>
          )
        }
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Donor&entityId=${d.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {ability.can('issue', 'TaxReceipt') && (
              <Button
                variant="default"
                loading={issuing}
                onClick={() => void issueYearly()}
                leftSection={<IconReceipt size={16} aria-hidden />}
                data-testid="donor-yearly-receipt"
              >
                {t('donations.receipt.yearlyForDonor', { year: lastYear })}
              </Button>
            )}
            {ability.can('create', 'Gift') && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEntering(true)}>
                {t('donations.gift.new')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('donations.donor.section.identity')}
            </Title>
            <DataList>
              <FieldValue label={t('donations.donor.field.kind')}>{t(`donations.donorKind.${d.kind}`)}</FieldValue>
              <FieldValue label={t('donations.donor.field.email')}>{d.email}</FieldValue>
              <FieldValue label={t('donations.donor.field.address')}>
                {[d.address, [d.postcode, d.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
              </FieldValue>
              {d.siren && <FieldValue label={t('donations.donor.field.siren')}>{d.siren}</FieldValue>}
              <FieldValue label={t('donations.donor.field.linked')}>
                <Group gap="sm">
                  {d.personId && (
                    <Anchor component={Link} href={`/people/${d.personId}`} inherit>
                      {t('donations.donor.linkedPerson')}
                    </Anchor>
                  )}
                  {d.organisationId && (
                    <Anchor component={Link} href={`/organisations/${d.organisationId}`} inherit>
                      {t('donations.donor.linkedOrganisation')}
                    </Anchor>
                  )}
                </Group>
              </FieldValue>
            </DataList>
          </Paper>
          <Paper withBorder p="md">
            <DataList>
              <FieldValue label={t('donations.donor.field.total')}>{format.cents(d.totalCents)}</FieldValue>
              <FieldValue label={t('donations.donor.field.giftsCount')}>{String(d.giftsCount)}</FieldValue>
              <FieldValue label={t('donations.donor.field.lastGiftOn')}>{format.date(d.lastGiftOn)}</FieldValue>
            </DataList>
          </Paper>
        </SimpleGrid>
        <Title order={2} size="h4">
          {t('donations.donor.section.gifts')}
        </Title>
        <GiftsTable gifts={d.gifts} hide={['donor']} onChanged={donor.reload} />
        <Title order={2} size="h4">
          {t('donations.donor.section.receipts')}
        </Title>
        <ReceiptsTable receipts={d.receipts} hideDonor onChanged={donor.reload} />
      </Stack>
      <GiftForm donorId={d.id} opened={entering} onClose={() => setEntering(false)} onSaved={donor.reload} />
    </>
  );
}
