'use client';

import { useState } from 'react';
import { Button, Select, SimpleGrid } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { parisToday } from '@/lib/paris-time';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { FormAlert } from '@/components/form-alert';
import { Allowed } from '@/components/allowed';
import { PageHeader } from '@/components/page-header';
import { ImportButton } from '@/features/imports/components/import-button';
import { donationsApi } from '@/features/donations/api';
import { DonationsTabs } from '@/features/donations/components/donations-tabs';
import { GiftForm } from '@/features/donations/components/gift-form';
import { GiftsTable } from '@/features/donations/components/gifts-table';
import { GIFT_STATUSES, type GiftListQuery, type GiftStatus } from '@/features/donations/types';

const PAGE_SIZE = 20;

/** Every gift, filtered by campaign, year, status and receipt; cheques and transfers entered or imported here. */
export default function GiftsPage() {
  return (
    <Allowed can={['read', 'Gift']}>
      <GiftsView />
    </Allowed>
  );
}

function GiftsView() {
  const t = useT();
  const [query, setQuery] = useUrlQuery({ campaignId: '', year: '', status: '', receipted: '', page: '1' });
  const listQuery: GiftListQuery = {
    campaignId: query.campaignId || undefined,
    year: query.year ? Number(query.year) : undefined,
    status: (query.status || undefined) as GiftStatus | undefined,
    receipted: query.receipted === '' ? undefined : query.receipted === 'true',
    order: 'desc',
    page: Number(query.page) || 1,
    pageSize: PAGE_SIZE,
  };
  const list = useApiData((signal) => donationsApi.gifts(listQuery, signal), [JSON.stringify(listQuery)]);
  const campaigns = useApiData((signal) => donationsApi.campaigns(signal), []);
  const [entering, setEntering] = useState(false);
  const thisYear = Number(parisToday().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  return (
    <>
      <PageHeader
        title={t('nav.donations')}
        description={t('donations.intro')}
        actions={
          <>
            <ImportButton kind="gifts" />
            <Can I="create" a="Gift">
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEntering(true)}
                data-testid="gift-new"
              >
                {t('donations.gift.new')}
              </Button>
            </Can>
          </>
        }
      />
      <DonationsTabs />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md" role="search" aria-label={t('common.filters')}>
        <Select
          label={t('donations.gift.field.campaign')}
          placeholder={t('common.all')}
          clearable
          data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={query.campaignId || null}
          onChange={(value) => setQuery({ campaignId: value ?? '' })}
        />
        <Select
          label={t('donations.gift.field.year')}
          placeholder={t('common.all')}
          clearable
          data={years}
          value={query.year || null}
          onChange={(value) => setQuery({ year: value ?? '' })}
        />
        <Select
          label={t('donations.gift.field.status')}
          placeholder={t('common.all')}
          clearable
          data={GIFT_STATUSES.map((s) => ({ value: s, label: t(`donations.giftStatus.${s}`) }))}
          value={query.status || null}
          onChange={(value) => setQuery({ status: value ?? '' })}
        />
        <Select
          label={t('donations.gift.field.receipted')}
          placeholder={t('common.all')}
          clearable
          data={['true', 'false'].map((v) => ({ value: v, label: t(`donations.gift.receipted.${v as 'true'}`) }))}
          value={query.receipted || null}
          onChange={(value) => setQuery({ receipted: value ?? '' })}
          data-testid="gift-filter-receipted"
        />
      </SimpleGrid>
      <FormAlert message={list.error && errorText(t, list.error)} />
      <GiftsTable
        gifts={list.data?.items}
        loading={list.loading}
        onChanged={list.reload}
        pagination={{
          page: listQuery.page ?? 1,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onPage: (page) => setQuery({ page: String(page) }),
        }}
      />
      <GiftForm
        campaignId={query.campaignId}
        opened={entering}
        onClose={() => setEntering(false)}
        onSaved={list.reload}
      />
    </>
  );
}
