'use client';

import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { Alert, Anchor, Button, DataList, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconHistory, IconPencil, IconSend, IconTrash, IconUserCheck } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import { useApiData } from '@/lib/use-api-data';
import { notifyError, notifySuccess } from '@/lib/notify';
import { PageHeader } from '@/components/page-header';
import { FieldValue } from '@/components/field-value';
import { PageState } from '@/components/page-state';
import { ConfirmButton } from '@/components/confirm-button';
import { contributionsApi } from '@/features/contributions/api';
import { ContributionStatusBadge } from '@/features/contributions/components/contribution-status-badge';
import { EvidencePanel } from '@/features/contributions/components/evidence-panel';
import { RejectButton } from '@/features/contributions/components/reject-button';
import { EDITABLE_STATUSES, type ContributionDetail } from '@/features/contributions/types';

export default function ContributionPage() {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const router = useRouter();
  const ability = useAppAbility();
  const { user } = useSession();
  const { id } = useParams<{ id: string }>();
  const contribution = useApiData((signal) => contributionsApi.get(id, signal), [id]);
  const c = contribution.data;
  if (!c) return <PageState {...contribution} />;

  const subject = asSubject('Contribution', c);
  const editable = EDITABLE_STATUSES.includes(c.status);
  const act = (run: () => Promise<ContributionDetail | ContributionDetail[]>, message: string) => async () => {
    try {
      const saved = await run();
      contribution.setData(Array.isArray(saved) ? saved[0] : saved);
      notifySuccess(message);
    } catch (error) {
      notifyError(t, error);
    }
  };
  const remove = async () => {
    try {
      await contributionsApi.remove(c.id);
      notifySuccess(t('contributions.deleted'));
      router.push('/contributions');
    } catch (error) {
      notifyError(t, error);
    }
  };
  const fourEyes =
    c.status === 'submitted' &&
    !ability.can('validate', subject) &&
    (c.enteredById === user.id || c.personId === user.personId) &&
    ability.can('validate', 'Contribution');
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });

  return (
    <>
      <PageHeader
        title={t('contributions.detailTitle', {
          type: t(`contributions.type.${c.type}`),
          date: format.date(c.startsOn),
        })}
        badges={<ContributionStatusBadge status={c.status} />}
        actions={
          <>
            {ability.can('read', 'AuditEntry') && (
              <Button
                component={Link}
                href={`/audit?entityType=Contribution&entityId=${c.id}`}
                variant="subtle"
                leftSection={<IconHistory size={16} aria-hidden />}
              >
                {t('audit.history')}
              </Button>
            )}
            {editable && ability.can('update', subject) && (
              <Button
                component={Link}
                href={`/contributions/${c.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                data-testid="contribution-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {editable && ability.can('delete', subject) && (
              <ConfirmButton
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                title={t('contributions.deleteTitle')}
                message={t('contributions.deleteConfirm')}
                confirmLabel={t('contributions.delete')}
                onConfirm={remove}
                testId="contribution-delete"
              >
                {t('contributions.delete')}
              </ConfirmButton>
            )}
            {editable && ability.can('submit', subject) && (
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                onClick={() => void act(() => contributionsApi.submit([c.id]), t('contributions.submitted'))()}
                data-testid="contribution-send"
              >
                {t('contributions.submit')}
              </Button>
            )}
            {c.status === 'submitted' && ability.can('validate', subject) && (
              <>
                <RejectButton
                  onReject={(reason) =>
                    act(
                      () => contributionsApi.review([c.id], 'reject', reason),
                      t('contributions.rejected', { count: 1 }),
                    )()
                  }
                />
                <Button
                  color="teal"
                  leftSection={<IconCheck size={16} aria-hidden />}
                  onClick={() =>
                    void act(
                      () => contributionsApi.review([c.id], 'validate'),
                      t('contributions.validated', { count: 1 }),
                    )()
                  }
                  data-testid="contribution-validate"
                >
                  {t('contributions.validate')}
                </Button>
              </>
            )}
            {c.status === 'validated' && ability.can('correct', subject) && (
              <Button
                component={Link}
                href={`/contributions/${c.id}/correct`}
                variant="default"
                leftSection={<IconUserCheck size={16} aria-hidden />}
                data-testid="contribution-correct"
              >
                {t('contributions.correct')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {c.status === 'rejected' && c.rejectionReason && (
          <Alert color="red" title={t('contributions.rejectedBecause')} data-testid="contribution-rejection">
            {c.rejectionReason}
          </Alert>
        )}
        {fourEyes && <Alert color="yellow">{t('contributions.fourEyes')}</Alert>}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('contributions.section.what')}
            </Title>
            <DataList>
              <FieldValue label={t('contributions.field.type')}>{t(`contributions.type.${c.type}`)}</FieldValue>
              <FieldValue label={t('contributions.field.period')}>
                {c.endsOn === c.startsOn
                  ? format.date(c.startsOn)
                  : `${format.date(c.startsOn)} → ${format.date(c.endsOn)}`}
              </FieldValue>
              <FieldValue
                label={t('contributions.field.quantity')}
              >{`${number.format(c.quantity)} ${t(`contributions.unitShort.${c.unit}`)}`}</FieldValue>
              <FieldValue label={t('contributions.field.valuation')}>
                {c.rateCents !== null
                  ? t('contributions.valuation.rate', {
                      rate: format.cents(c.rateCents),
                      unit: t(`contributions.unit.${c.unit}`),
                      label: c.rateLabel ?? '',
                    })
                  : c.amountCents !== null
                    ? t('contributions.valuation.amount')
                    : t('contributions.valuation.money')}
              </FieldValue>
              <FieldValue label={t('contributions.field.value')}>
                <Text fw={700} data-testid="contribution-value">
                  {format.cents(c.valueCents)}
                </Text>
              </FieldValue>
              <FieldValue label={t('contributions.field.description')}>
                <Text style={{ whiteSpace: 'pre-line' }}>{c.description}</Text>
              </FieldValue>
              <FieldValue label={t('contributions.field.workingGroup')}>
                {c.workingGroupId &&
                  (c.workingGroupName ? (
                    <Anchor
                      component={Link}
                      href={`/working-groups/${c.workingGroupId}`}
                      inherit
                      data-testid="contribution-working-group"
                    >
                      {c.workingGroupName}
                    </Anchor>
                  ) : (
                    t('contributions.linkHidden')
                  ))}
              </FieldValue>
              {(Boolean(c.grantId) || ability.can('read', 'Grant')) && (
                <FieldValue label={t('contributions.field.grant')}>
                  {c.grantId &&
                    (c.grantTitle ? (
                      <Anchor
                        component={Link}
                        href={`/funding/grants/${c.grantId}`}
                        inherit
                        data-testid="contribution-grant"
                      >
                        {c.grantTitle}
                      </Anchor>
                    ) : (
                      t('contributions.linkHidden')
                    ))}
                </FieldValue>
              )}
            </DataList>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('contributions.section.who')}
            </Title>
            <DataList>
              <FieldValue label={t('contributions.field.organisation')}>
                {c.organisationId && (
                  <Anchor component={Link} href={`/organisations/${c.organisationId}`} inherit>
                    {c.organisationName}
                  </Anchor>
                )}
              </FieldValue>
              <FieldValue label={t('contributions.field.person')}>{c.personName}</FieldValue>
              <FieldValue label={t('contributions.field.enteredBy')}>
                {t('contributions.byOn', { name: c.enteredByName ?? '', date: format.dateTime(c.createdAt) })}
              </FieldValue>
              <FieldValue label={t('contributions.field.submittedAt')}>
                {c.submittedAt &&
                  t('contributions.byOn', { name: c.submittedByName ?? '', date: format.dateTime(c.submittedAt) })}
              </FieldValue>
              <FieldValue
                label={t(
                  c.status === 'rejected' ? 'contributions.field.rejectedAt' : 'contributions.field.validatedAt',
                )}
              >
                {c.reviewedAt &&
                  t('contributions.byOn', { name: c.reviewedByName ?? '', date: format.dateTime(c.reviewedAt) })}
              </FieldValue>
            </DataList>
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('contributions.field.evidence')}
          </Title>
          <EvidencePanel
            contribution={c}
            canChange={(editable && ability.can('update', subject)) || ability.can('correct', subject)}
            onChange={contribution.setData}
          />
        </Paper>
      </Stack>
    </>
  );
}
