'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, List, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconInfoCircle, IconListDetails } from '@tabler/icons-react';
import { Can } from '@/lib/ability';
import { ApiError } from '@/lib/api';
import { useFormat, useT } from '@/lib/i18n/provider';
import { errorText, notifyError, notifySuccess } from '@/lib/notify';
import { useFieldError } from '@/components/form-error';
import { issuesApi } from '../api';
import { testSendSchema } from '../schemas';
import type { CheckReport, Issue, SendStats } from '../types';

/** Statuses whose counts change on their own: scheduled (until the worker starts it), sending, paused. */
const LIVE = new Set(['scheduled', 'sending', 'paused']);

/** Workflow, pre-send check, test send, scheduling, and the live counts once sending. */
export function SendPanel({ issue, onChange }: { issue: Issue; onChange: (issue: Issue) => void }) {
  const t = useT();
  const { dateTime: formatDateTime } = useFormat();
  const [check, setCheck] = useState<CheckReport>();
  const [checkErrors, setCheckErrors] = useState<string[]>();
  const [stats, setStats] = useState<SendStats>();
  const [sendAt, setSendAt] = useState(() => defaultSendAt(issue.sendAt));
  const [busy, setBusy] = useState<string>();

  // Counts refresh every two seconds while the issue goes out, so the team sees progress (and failures) live.
  useEffect(() => {
    if (!['scheduled', 'sending', 'paused', 'sent'].includes(issue.status)) return;
    let stop = false;
    const load = async () => {
      const s = await issuesApi.stats(issue.id).catch(() => undefined);
      if (stop || !s) return;
      setStats(s);
      if (s.status !== issue.status) onChange({ ...issue, status: s.status, sentAt: s.sentAt });
    };
    void load();
    const timer = LIVE.has(issue.status) ? setInterval(() => void load(), 2000) : undefined;
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [issue, onChange]);

  const act = async (name: string, action: () => Promise<Issue>, success?: string) => {
    setBusy(name);
    try {
      const updated = await action();
      onChange(updated);
      if (success) notifySuccess(success);
    } catch (error) {
      if (error instanceof ApiError && error.fields.check) setCheckErrors(error.fields.check);
      notifyError(t, error);
    } finally {
      setBusy(undefined);
    }
  };
  const runCheck = async () => {
    setBusy('check');
    try {
      setCheck(await issuesApi.check(issue.id));
      setCheckErrors(undefined);
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(undefined);
    }
  };

  const editable = issue.status === 'draft' || issue.status === 'in_review';
  return (
    <Stack gap="md" data-testid="send-panel">
      {editable && (
        <Can I="send" a="NewsletterIssue">
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('newsletters.send.title')}
            </Title>
            <Stack gap="sm">
              <Group>
                <Button
                  variant="default"
                  onClick={() => void runCheck()}
                  loading={busy === 'check'}
                  data-testid="issue-check"
                >
                  {t('newsletters.send.check')}
                </Button>
                {issue.status === 'draft' && (
                  <Button
                    variant="default"
                    onClick={() =>
                      void act('submit', () => issuesApi.submit(issue.id), t('newsletters.send.submitted'))
                    }
                    loading={busy === 'submit'}
                    data-testid="issue-submit"
                  >
                    {t('newsletters.send.submit')}
                  </Button>
                )}
              </Group>
              {check && <CheckResult report={check} />}
              {checkErrors && (
                <Alert color="red" icon={<IconCircleX />} title={t('newsletters.send.checkFailed')}>
                  <List size="sm">
                    {checkErrors.map((e) => (
                      <List.Item key={e}>{e}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              <Group align="flex-end">
                <TextInput
                  type="datetime-local"
                  label={t('newsletters.send.sendAt')}
                  value={sendAt}
                  onChange={(e) => setSendAt(e.currentTarget.value)}
                  data-testid="issue-send-at"
                />
                <Button
                  onClick={() =>
                    void act(
                      'schedule',
                      () => issuesApi.schedule(issue.id, new Date(sendAt).toISOString()),
                      t('newsletters.send.scheduled'),
                    )
                  }
                  loading={busy === 'schedule'}
                  disabled={!sendAt}
                  data-testid="issue-schedule"
                >
                  {t('newsletters.send.schedule')}
                </Button>
              </Group>
              <TestSendForm issueId={issue.id} />
            </Stack>
          </Card>
        </Can>
      )}
      {issue.status === 'scheduled' && (
        <Alert
          color="blue"
          title={t('newsletters.send.scheduledFor', { date: issue.sendAt ? formatDateTime(issue.sendAt) : '' })}
        >
          <Can I="send" a="NewsletterIssue">
            <Button
              mt="xs"
              size="xs"
              variant="default"
              onClick={() => void act('reopen', () => issuesApi.reopen(issue.id))}
              loading={busy === 'reopen'}
              data-testid="issue-reopen"
            >
              {t('newsletters.send.reopen')}
            </Button>
          </Can>
        </Alert>
      )}
      {stats && stats.status !== 'scheduled' && <StatsCard stats={stats} />}
      {stats && stats.status !== 'scheduled' && (
        <Can I="send" a="NewsletterIssue">
          <Button
            component={Link}
            href={`/newsletters/${issue.id}/deliveries`}
            variant="light"
            leftSection={<IconListDetails size={16} />}
            data-testid="issue-deliveries"
          >
            {t('newsletters.deliveries.open')}
          </Button>
        </Can>
      )}
      {stats && stats.status !== 'scheduled' && (
        <Can I="send" a="NewsletterIssue">
          <Group>
            {issue.status === 'sending' && (
              <Button
                color="orange"
                variant="light"
                onClick={() => void act('pause', () => issuesApi.pause(issue.id))}
                loading={busy === 'pause'}
                data-testid="issue-pause"
              >
                {t('newsletters.send.pause')}
              </Button>
            )}
            {issue.status === 'paused' && (
              <Button
                onClick={() => void act('resume', () => issuesApi.resume(issue.id))}
                loading={busy === 'resume'}
                data-testid="issue-resume"
              >
                {t('newsletters.send.resume')}
              </Button>
            )}
            {stats.uncertain > 0 && (
              <Button
                variant="default"
                onClick={() =>
                  void act('resend', () =>
                    issuesApi.resend(issue.id, { status: 'uncertain' }).then(() => issuesApi.get(issue.id)),
                  )
                }
                loading={busy === 'resend'}
              >
                {t('newsletters.send.resendUncertain', { count: stats.uncertain })}
              </Button>
            )}
          </Group>
        </Can>
      )}
    </Stack>
  );
}

/** Tomorrow 9:00 (local time) unless the issue has a date: the input wants "YYYY-MM-DDTHH:MM" in local time. */
function defaultSendAt(sendAt: string | null): string {
  const d = sendAt ? new Date(sendAt) : new Date(Date.now() + 86_400_000);
  if (!sendAt) d.setHours(9, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function CheckResult({ report }: { report: CheckReport }) {
  const t = useT();
  const toFix = report.problems.filter((p) => p.severity !== 'info');
  const development = report.problems.filter((p) => p.severity === 'info');
  return (
    <Stack gap="xs" data-testid="check-result">
      {toFix.length === 0 ? (
        <Alert color="green" icon={<IconCircleCheck />}>
          {t('newsletters.send.checkOk')}
        </Alert>
      ) : (
        <Alert
          color={report.ok ? 'yellow' : 'red'}
          icon={report.ok ? <IconAlertTriangle /> : <IconCircleX />}
          title={t(report.ok ? 'newsletters.send.checkWarnings' : 'newsletters.send.checkFailed')}
        >
          <ProblemList problems={toFix} />
        </Alert>
      )}
      {development.length > 0 && (
        <Alert
          color="blue"
          icon={<IconInfoCircle />}
          title={t('newsletters.send.checkDevelopment')}
          data-testid="check-development"
        >
          <ProblemList problems={development} />
        </Alert>
      )}
    </Stack>
  );
}

function ProblemList({ problems }: { problems: CheckReport['problems'] }) {
  return (
    <List size="sm">
      {problems.map((p, i) => (
        <List.Item key={i}>
          <Text span size="sm" fw={p.severity === 'error' ? 700 : 400}>
            {p.message}
          </Text>
          {p.detail && (
            <Text span size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {' '}
              — {p.detail}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

function TestSendForm({ issueId }: { issueId: string }) {
  const t = useT();
  const fieldError = useFieldError();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
    setError,
  } = useForm<{ emails: string }>({ resolver: zodResolver(testSendSchema), defaultValues: { emails: '' } });
  const send = handleSubmit(async ({ emails }) => {
    try {
      const { sent } = await issuesApi.testSend(issueId, emails.split(/[\s,;]+/).filter(Boolean));
      notifySuccess(t('newsletters.send.testSent', { count: sent }));
    } catch (error) {
      setError('emails', { message: errorText(t, error) });
    }
  });
  return (
    <Group align="flex-end">
      <TextInput
        style={{ flex: 1 }}
        label={t('newsletters.send.testEmails')}
        description={t('newsletters.help.testEmails')}
        error={fieldError(errors.emails)}
        {...register('emails')}
        data-testid="test-emails"
      />
      <Button variant="default" onClick={() => void send()} loading={isSubmitting} data-testid="test-send">
        {t('newsletters.send.test')}
      </Button>
    </Group>
  );
}

function StatsCard({ stats }: { stats: SendStats }) {
  const t = useT();
  const done = stats.sent + stats.failed + stats.bounced + stats.complained + stats.uncertain + stats.skipped;
  const items: [string, number | null][] = [
    [t('newsletters.stats.recipients'), stats.recipients],
    [t('newsletters.stats.sent'), stats.sent],
    [t('newsletters.stats.queued'), stats.queued + stats.claimed + stats.sending],
    [t('newsletters.stats.failed'), stats.failed],
    [t('newsletters.stats.bounced'), stats.bounced],
    [t('newsletters.stats.complained'), stats.complained],
    [t('newsletters.stats.uncertain'), stats.uncertain],
    [t('newsletters.stats.unsubscribed'), stats.unsubscribedSince],
    ...(stats.opens === null ? [] : [[t('newsletters.stats.opens'), stats.opens] as [string, number]]),
  ];
  return (
    <Card withBorder data-testid="send-stats">
      <Title order={2} size="h4" mb="sm">
        {t('newsletters.stats.title')}
      </Title>
      <Progress
        value={stats.recipients ? (done / stats.recipients) * 100 : 0}
        animated={stats.status === 'sending'}
        mb="md"
        aria-label={t('newsletters.stats.progress')}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {items.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
