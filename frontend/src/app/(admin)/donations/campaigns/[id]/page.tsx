'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { Alert, Anchor, Button, DataList, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconHistory, IconPencil, IconPlus, IconRefresh } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { FieldValue } from '@/components/field-value';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { donationsApi } from '@/features/donations/api';
import { CampaignForm } from '@/features/donations/components/campaign-form';
import { CampaignProgress } from '@/features/donations/components/campaign-progress';
import { GiftForm } from '@/features/donations/components/gift-form';
import { GiftsTable } from '@/features/donations/components/gifts-table';

const PAGE_SIZE = 20;

/** A campaign: its goal, dates and progress; for the treasury its gifts, the HelloAsso sync and a manual entry. */
export default function CampaignPage() {
  const t = useT();
  const format = useFormat();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const campaign = useApiData((signal) => donationsApi.campaign(id, signal), [id]);
  const [page, setPage] = useState(1);
  const canReadGifts = ability.can('read', 'Gift');
  const gifts = useApiData(
    (signal) =>
      canReadGifts
        ? donationsApi.gifts({ campaignId: id, page, pageSize: PAGE_SIZE, order: 'desc' }, signal)
        : Promise.resolve(undefined),
    [id, page, canReadGifts],
  );
  const [editing, setEditing] = useState(false);
  const [entering, setEntering] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const c = campaign.data;
  if (!c) return <PageState {...campaign} />;
  const canEdit = ability.can('update', asSubject('DonationCampaign', c));
  const reload = () => {
    campaign.reload();
    gifts.reload();
  };

  const sync = async () => {
    setSyncing(true);
    try {
      notifySuccess(t('donations.campaign.synced', { ...(await donationsApi.importHelloAsso(c.id)) }));
      reload();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setSyncing(false);
    }
  };

  return (
    <>
      <PageHeader
        title={c.name}
        description={c.description}
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=DonationCampaign&entityId=${c.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {c.publicPage && (
              <Button
                component="a"
                href={`/don/${c.slug}`}
                target="_blank"
                variant="subtle"
                leftSection={<IconExternalLink size={16} aria-hidden />}
              >
                {t('donations.campaign.publicLink')}
              </Button>
            )}
            {c.helloassoFormSlug && ability.can('create', 'Gift') && (
              <Button
                variant="default"
                loading={syncing}
                onClick={() => void sync()}
                leftSection={<IconRefresh size={16} aria-hidden />}
                data-testid="campaign-sync"
              >
                {t('donations.campaign.sync')}
              </Button>
            )}
            {canEdit && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('common.edit')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <CampaignProgress campaign={c} />
          </Paper>
          <Paper withBorder p="md">
            <DataList>
              <FieldValue label={t('donations.campaign.field.period')}>
                {(c.startsOn ?? c.endsOn) && `${format.date(c.startsOn)} → ${format.date(c.endsOn)}`}
              </FieldValue>
              <FieldValue label={t('donations.campaign.field.gifts')}>{String(c.giftsCount)}</FieldValue>
              {canReadGifts && (
                <FieldValue label={t('donations.campaign.field.lapsed')}>
                  {c.lapsedDonorsCount > 0 && (
                    <Anchor component={Link} href="/donations/donors?lapsed=true" inherit>
                      {c.lapsedDonorsCount}
                    </Anchor>
                  )}
                </FieldValue>
              )}
              <FieldValue label={t('donations.campaign.field.slug')}>
                {c.publicPage ? `/don/${c.slug}` : t('donations.campaign.private')}
              </FieldValue>
              {c.helloassoFormSlug && (
                <FieldValue label={t('donations.campaign.field.helloassoFormSlug')}>
                  {`${c.helloassoFormType ?? ''} · ${c.helloassoFormSlug}`}
                </FieldValue>
              )}
            </DataList>
          </Paper>
        </SimpleGrid>
        {canReadGifts ? (
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('donations.tab.gifts')}
            </Title>
            {ability.can('create', 'Gift') && (
              <div>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => setEntering(true)}
                  data-testid="gift-new"
                >
                  {t('donations.gift.new')}
                </Button>
              </div>
            )}
            <GiftsTable
              gifts={gifts.data?.items}
              loading={gifts.loading}
              hide={['campaign']}
              onChanged={reload}
              pagination={{ page, pageSize: PAGE_SIZE, total: gifts.data?.total ?? 0, onPage: setPage }}
            />
          </Stack>
        ) : (
          <Alert color="gray">
            <Text size="sm">{t('donations.campaign.totalsOnly')}</Text>
          </Alert>
        )}
      </Stack>
      <CampaignForm
        campaign={c}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={(saved) => campaign.setData(saved)}
      />
      <GiftForm campaignId={c.id} opened={entering} onClose={() => setEntering(false)} onSaved={reload} />
    </>
  );
}
