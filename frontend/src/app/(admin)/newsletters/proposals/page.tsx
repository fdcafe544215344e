'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Can, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { useApiData } from '@/lib/use-api-data';
import { useUrlQuery } from '@/lib/use-url-query';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import { issuesApi, proposalsApi } from '@/features/newsletters/api';
import { NewslettersTabs } from '@/features/newsletters/components/newsletters-tabs';
import { proposalSchema, type ProposalFormValues } from '@/features/newsletters/schemas';
import { PROPOSAL_STATUSES, type Proposal, type ProposalStatus } from '@/features/newsletters/types';

const COLORS = { pending: 'yellow', accepted: 'green', declined: 'gray' } as const;

/** Items proposed for the next issue: working-group leads and COPIL members propose, the communication team decides. */
export default function ProposalsPage() {
  const t = useT();
  const { date: formatDate } = useFormat();
  const ability = useAppAbility();
  // The home's count of proposals to review opens this page on `?status=pending`.
  const [query, setQuery] = useUrlQuery({ status: '' });
  const status = (query.status || undefined) as ProposalStatus | undefined;
  const proposals = useApiData(
    (signal) =>
      ability.can('read', 'NewsletterProposal')
        ? proposalsApi.list({ pageSize: 50, status }, signal)
        : Promise.resolve(undefined),
    [status],
  );
  const canDecide = ability.can('update', 'NewsletterProposal');
  const drafts = useApiData(
    (signal) => (canDecide ? issuesApi.list({ status: 'draft', pageSize: 20 }, signal) : Promise.resolve(undefined)),
    [canDecide],
  );
  return (
    <>
      <PageHeader title={t('newsletters.tabs.proposals')} description={t('newsletters.proposals.help')} />
      <NewslettersTabs />
      <Stack gap="lg" maw={880}>
        <Can I="create" a="NewsletterProposal">
          <ProposalForm onCreated={proposals.reload} />
        </Can>
        <SegmentedControl
          aria-label={t('newsletters.proposals.status')}
          data={[
            { value: '', label: t('common.all') },
            ...PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`newsletters.proposals.${s}`) })),
          ]}
          value={query.status}
          onChange={(value) => setQuery({ status: value })}
          style={{ alignSelf: 'flex-start' }}
          data-testid="proposal-status-filter"
        />
        {proposals.data?.items.map((p) => (
          <Card key={p.id} withBorder data-testid="proposal">
            <Group justify="space-between" mb={4}>
              <Text fw={600}>{p.title}</Text>
              <Badge variant="light" color={COLORS[p.status]}>
                {t(`newsletters.proposals.${p.status}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" mb="xs">
              {[p.groupName, p.proposedByName, formatDate(p.createdAt)].filter(Boolean).join(' · ')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {p.text}
            </Text>
            {p.linkUrl && (
              <Anchor size="sm" href={p.linkUrl} target="_blank" rel="noreferrer">
                {p.linkUrl}
              </Anchor>
            )}
            {p.issueNumber && (
              <Text size="xs" mt="xs">
                {t('newsletters.proposals.inIssue', { number: p.issueNumber })}
              </Text>
            )}
            {p.decisionNote && (
              <Text size="xs" mt="xs" c="dimmed">
                {p.decisionNote}
              </Text>
            )}
            {canDecide && p.status === 'pending' && (
              <Decision proposal={p} drafts={drafts.data?.items ?? []} onDone={proposals.reload} />
            )}
          </Card>
        ))}
      </Stack>
    </>
  );
}

function Decision({
  proposal,
  drafts,
  onDone,
}: {
  proposal: Proposal;
  drafts: { id: string; number: number; title: string }[];
  onDone: () => void;
}) {
  const t = useT();
  const [issueId, setIssueId] = useState<string | null>(drafts[0]?.id ?? null);
  const [as, setAs] = useState<'article' | 'free_text'>('article');
  const decide = (action: () => Promise<unknown>, message: string) =>
    action().then(
      () => (notifySuccess(message), onDone()),
      (e) => notifyError(t, e),
    );
  return (
    <Group mt="sm" align="flex-end">
      <Select
        size="xs"
        label={t('newsletters.proposals.intoIssue')}
        data={drafts.map((d) => ({ value: d.id, label: `n° ${d.number} — ${d.title}` }))}
        value={issueId}
        onChange={setIssueId}
      />
      <Select
        size="xs"
        label={t('newsletters.proposals.as')}
        data={[
          { value: 'article', label: t('newsletters.block.article') },
          { value: 'free_text', label: t('newsletters.block.free_text') },
        ]}
        value={as}
        onChange={(v) => setAs((v as 'article') ?? 'article')}
        allowDeselect={false}
      />
      <Button
        size="xs"
        disabled={!issueId}
        onClick={() =>
          void decide(() => proposalsApi.accept(proposal.id, issueId!, as), t('newsletters.proposals.acceptedNotice'))
        }
      >
        {t('newsletters.proposals.accept')}
      </Button>
      <Button
        size="xs"
        variant="default"
        onClick={() =>
          void decide(() => proposalsApi.decline(proposal.id, null), t('newsletters.proposals.declinedNotice'))
        }
      >
        {t('newsletters.proposals.decline')}
      </Button>
    </Group>
  );
}

function ProposalForm({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ProposalFormValues, unknown, Parameters<typeof proposalsApi.create>[0]>({
    resolver: zodResolver(proposalSchema),
    defaultValues: { title: '', text: '', linkUrl: '', groupName: '' },
  });
  const save = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await proposalsApi.create(values);
      notifySuccess(t('newsletters.proposals.sent'));
      reset();
      onCreated();
    } catch (error) {
      applyApiFieldErrors(error, setError);
      setFormError(errorText(t, error));
    }
  });
  return (
    <Card withBorder component="form" onSubmit={(e) => void save(e)} noValidate data-testid="proposal-form">
      <Title order={2} size="h4" mb="sm">
        {t('newsletters.proposals.new')}
      </Title>
      <Stack>
        <FormAlert message={formError} />
        <Group grow>
          <TextInput
            label={t('newsletters.field.title')}
            required
            error={fieldError(errors.title)}
            {...register('title')}
          />
          <TextInput
            label={t('newsletters.field.groupName')}
            placeholder="GT Technique"
            error={fieldError(errors.groupName)}
            {...register('groupName')}
          />
        </Group>
        <Textarea
          label={t('newsletters.field.text')}
          required
          autosize
          minRows={3}
          error={fieldError(errors.text)}
          {...register('text')}
        />
        <TextInput
          type="url"
          label={t('newsletters.field.linkUrl')}
          placeholder="https://"
          error={fieldError(errors.linkUrl)}
          {...register('linkUrl')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {t('newsletters.proposals.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
