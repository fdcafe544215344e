'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { donationsApi } from '@/features/donations/api';
import { CampaignForm } from '@/features/donations/components/campaign-form';
import { CampaignProgress } from '@/features/donations/components/campaign-progress';
import { DonationsTabs } from '@/features/donations/components/donations-tabs';

/** The campaigns and how far each is; everyone signed in sees the totals, the treasury more. */
export default function CampaignsPage() {
  const t = useT();
  const format = useFormat();
  const campaigns = useApiData((signal) => donationsApi.campaigns(signal), []);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.donations')}
        description={t('donations.intro')}
        actions={
          <Can I="create" a="DonationCampaign">
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('donations.campaign.new')}
            </Button>
          </Can>
        }
      />
      <DonationsTabs />
      <FormAlert message={campaigns.error && errorText(t, campaigns.error)} />
      {campaigns.data?.length === 0 && <Text c="dimmed">{t('donations.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="campaigns">
        {campaigns.data?.map((c) => (
          <Card key={c.id} withBorder padding="lg">
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start">
                <Anchor component={Link} href={`/donations/campaigns/${c.id}`} fw={600} size="lg">
                  {c.name}
                </Anchor>
                {c.publicPage && (
                  <Badge variant="light" color="teal">
                    {t('donations.campaign.field.publicPage')}
                  </Badge>
                )}
              </Group>
              {(c.startsOn ?? c.endsOn) && (
                <Text size="sm" c="dimmed">
                  {format.date(c.startsOn)} → {format.date(c.endsOn)}
                </Text>
              )}
              <CampaignProgress campaign={c} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <CampaignForm opened={creating} onClose={() => setCreating(false)} onSaved={() => campaigns.reload()} />
    </>
  );
}
