'use client';

import { useCallback } from 'react';
import { useParams } from 'next/navigation';
import { Grid } from '@mantine/core';
import { useAppAbility, asSubject } from '@/lib/ability';
import { useT } from '@/lib/i18n/provider';
import { useApiData } from '@/lib/use-api-data';
import { PageHeader } from '@/components/page-header';
import { PageState } from '@/components/page-state';
import { issuesApi } from '@/features/newsletters/api';
import { IssueForm } from '@/features/newsletters/components/issue-form';
import { IssuePreview } from '@/features/newsletters/components/issue-preview';
import { IssueStatusBadge } from '@/features/newsletters/components/issue-status-badge';
import { SendPanel } from '@/features/newsletters/components/send-panel';
import type { Issue } from '@/features/newsletters/types';

/** An issue: the composer while it is a draft or in review; what was (or will be) sent afterwards; sending controls. */
export default function IssuePage() {
  const t = useT();
  const ability = useAppAbility();
  const { id } = useParams<{ id: string }>();
  const issue = useApiData((signal) => issuesApi.get(id, signal), [id]);
  const { setData } = issue;
  const onChange = useCallback((next: Issue) => setData(next), [setData]);
  const editable =
    issue.data &&
    ['draft', 'in_review'].includes(issue.data.status) &&
    ability.can('update', asSubject('NewsletterIssue', issue.data));
  const saved = useApiData(
    (signal) => (issue.data && !editable ? issuesApi.previewSaved(issue.data.id, signal) : Promise.resolve(undefined)),
    [issue.data?.id, issue.data?.status, editable],
  );
  if (!issue.data) return <PageState {...issue} />;
  return (
    <>
      <PageHeader
        title={t('newsletters.issueTitle', { number: issue.data.number, title: issue.data.title })}
        badges={<IssueStatusBadge status={issue.data.status} />}
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: editable ? 7 : 8 }}>
          {editable ? (
            <IssueForm key={issue.data.updatedAt} issue={issue.data} onSaved={onChange} />
          ) : (
            saved.data && <IssuePreview preview={saved.data} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: editable ? 5 : 4 }}>
          <SendPanel issue={issue.data} onChange={onChange} />
        </Grid.Col>
      </Grid>
    </>
  );
}
