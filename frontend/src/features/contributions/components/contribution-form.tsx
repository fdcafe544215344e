'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DayInput } from '@/components/day-input';
import { IconCalculator } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { useSession } from '@/lib/session';
import { useApiData } from '@/lib/use-api-data';
import { errorText, notifySuccess } from '@/lib/notify';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { GrantSelect } from '@/features/funding/components/grant-select';
import { OrganisationSelect } from '@/features/organisations/components/organisation-select';
import { WorkingGroupSelect } from '@/features/working-groups/components/working-group-select';
import { contributionsApi, ratesApi } from '../api';
import { contributionFormValues, contributionSchema, type ContributionFormValues } from '../schemas';
import { CONTRIBUTION_TYPES, type ContributionDetail, type ContributionInput, type ContributionType } from '../types';
import { useUnitsOf } from '../use-units';
import { previewValue } from '../valuation';
import { PersonSelect } from '@/features/people/components/person-select';

type Output = ContributionInput & { reason: string | null };

/**
 * Logs a contribution, edits a draft, or (coordinator) corrects a validated one with a reason. The value the API will
 * store is shown as quantity, type and day are typed, from the same dated rate table.
 */
export function ContributionForm({
  contribution,
  mode,
}: {
  contribution?: ContributionDetail;
  mode: 'create' | 'edit' | 'correct';
}) {
  const t = useT();
  const format = useFormat();
  const router = useRouter();
  const { user } = useSession();
  const ability = useAppAbility();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const rates = useApiData((signal) => ratesApi.list(signal), []);
  const unitsOf = useUnitsOf();
  // Volunteers and contractors log their own time; a COPIL member usually for their (first) organisation.
  const ownTimeOnly = !user.roles.some((r) => ['admin', 'coordinator', 'copil', 'wg_lead'].includes(r));
  // Their time is valued by the rate table: a value of their own the API would refuse.
  const showAmount = !ownTimeOnly;
  // A lead who is nothing more logs time for their group only: the API requires it, so it starts filled in.
  const groupLeadOnly =
    user.roles.includes('wg_lead') && !user.roles.some((r) => ['admin', 'coordinator', 'copil'].includes(r));
  // A link the user may not read (a grant, for most roles; a group they have left) stays as it is, shown read-only;
  // without such a link, a control they could not fill is not shown at all.
  const groupLocked =
    Boolean(contribution?.workingGroupId) &&
    !ability.can('read', asSubject('WorkingGroup', { id: contribution!.workingGroupId }));
  const showGroup = groupLocked || ability.can('read', 'WorkingGroup');
  const grantLocked =
    Boolean(contribution?.grantId) && !ability.can('read', asSubject('Grant', { id: contribution!.grantId }));
  const showGrant = grantLocked || ability.can('read', 'Grant');
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ContributionFormValues, unknown, Output>({
    resolver: zodResolver(contributionSchema),
    defaultValues: contributionFormValues(contribution, {
      organisationId: user.roles.includes('copil') ? user.organisationIds[0] : undefined,
      personId: ownTimeOnly ? (user.personId ?? undefined) : undefined,
      workingGroupId: groupLeadOnly ? user.groupIds[0] : undefined,
    }),
  });
  const [type, unit, startsOn, quantity, amountEuros] = useWatch({
    control,
    name: ['type', 'unit', 'startsOn', 'quantity', 'amountEuros'],
  });
  const preview = previewValue(rates.data, {
    type: type as ContributionType | '',
    unit: unit as never,
    startsOn,
    quantity,
    amountEuros,
  });
  const units = unitsOf(type as ContributionType | '');

  const onSubmit = handleSubmit(
    async ({ reason, ...values }) => {
      setFormError(undefined);
      if (mode === 'correct' && !reason) {
        setError('reason', { message: 'validation.required' }, { shouldFocus: true });
        return;
      }
      try {
        const saved =
          mode === 'create'
            ? await contributionsApi.create(values)
            : mode === 'edit'
              ? await contributionsApi.update(contribution!.id, values)
              : await contributionsApi.correct(contribution!.id, { ...values, reason: reason! });
        notifySuccess(t(mode === 'create' ? 'contributions.created' : 'contributions.saved'));
        router.push(`/contributions/${saved.id}`);
      } catch (error) {
        applyApiFieldErrors(error, setError);
        setFormError(errorText(t, error));
      }
    },
    () => setFormError(t('validation.summary')),
  );

  const select = (
    name: 'type' | 'unit',
    data: { value: string; label: string }[],
    onPick?: (value: string) => void,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`contributions.field.${name}`)}
          required
          placeholder={t('common.choose')}
          data={data}
          value={field.value || null}
          onChange={(value) => {
            field.onChange(value ?? '');
            onPick?.(value ?? '');
          }}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
          error={fieldError(errors[name])}
          data-testid={`contribution-${name}`}
        />
      )}
    />
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="contribution-form">
      <Stack gap="lg" maw={880}>
        <FormAlert message={formError} />
        <Fieldset legend={t('contributions.section.what')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {select(
                'type',
                CONTRIBUTION_TYPES.map((value) => ({ value, label: t(`contributions.type.${value}`) })),
                (picked) => {
                  // The type decides the units: pick the only one, or clear one that no longer fits.
                  const allowed = unitsOf(picked as ContributionType | '');
                  if (allowed.length === 1) setValue('unit', allowed[0]);
                  else if (!allowed.includes(unit as never)) setValue('unit', '');
                },
              )}
              {select(
                'unit',
                units.map((value) => ({ value, label: t(`contributions.unit.${value}`) })),
              )}
              <TextInput
                label={t(unit === 'euro' ? 'contributions.field.amountInEuros' : 'contributions.field.quantity')}
                required
                inputMode="decimal"
                error={fieldError(errors.quantity)}
                {...register('quantity')}
              />
              {unit !== 'euro' && showAmount && (
                <TextInput
                  label={t('contributions.field.amountEuros')}
                  description={t('contributions.help.amount')}
                  inputMode="decimal"
                  rightSection="€"
                  error={
                    fieldError(errors.amountEuros) ??
                    fieldError((errors as Record<string, { message?: unknown }>).amountCents)
                  }
                  {...register('amountEuros')}
                />
              )}
              <DayInput
                label={t('contributions.field.startsOn')}
                required
                error={fieldError(errors.startsOn)}
                {...register('startsOn')}
              />
              <DayInput
                label={t('contributions.field.endsOn')}
                description={t('contributions.help.endsOn')}
                error={fieldError(errors.endsOn)}
                {...register('endsOn')}
              />
            </SimpleGrid>
            <Alert
              variant="light"
              color={preview ? 'teal' : 'gray'}
              icon={<IconCalculator aria-hidden />}
              data-testid="contribution-preview"
              role="status"
            >
              {preview ? (
                <Text size="sm">
                  <Text span fw={700}>
                    {t('contributions.preview.value', { value: format.cents(preview.valueCents) })}
                  </Text>
                  {preview.rate &&
                    ` — ${t('contributions.preview.rate', { rate: format.cents(preview.rate.rateCents), unit: t(`contributions.unit.${preview.rate.unit}`), label: preview.rate.label, from: format.date(preview.rate.validFrom) })}`}
                </Text>
              ) : (
                <Text size="sm">
                  {t(
                    type && unit && startsOn && quantity
                      ? 'contributions.preview.noRate'
                      : 'contributions.preview.empty',
                  )}
                </Text>
              )}
            </Alert>
            <Textarea
              label={t('contributions.field.description')}
              required
              autosize
              minRows={2}
              maxRows={8}
              error={fieldError(errors.description)}
              {...register('description')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('contributions.section.who')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={control}
              name="organisationId"
              render={({ field }) => (
                <OrganisationSelect
                  label={t('contributions.field.organisation')}
                  description={t('contributions.help.organisation')}
                  clearable
                  known={
                    contribution?.organisationId
                      ? [{ value: contribution.organisationId, label: contribution.organisationName ?? '' }]
                      : []
                  }
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  name={field.name}
                  error={fieldError(errors.organisationId)}
                  data-testid="contribution-organisation"
                />
              )}
            />
            <Controller
              control={control}
              name="personId"
              render={({ field }) => (
                <PersonSelect
                  label={t('contributions.field.person')}
                  description={t('contributions.help.person')}
                  clearable={!ownTimeOnly}
                  known={[
                    ...(contribution?.personId
                      ? [{ value: contribution.personId, label: contribution.personName ?? '' }]
                      : []),
                    ...(user.personId ? [{ value: user.personId, label: user.displayName }] : []),
                  ]}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  name={field.name}
                  error={fieldError(errors.personId)}
                />
              )}
            />
            <TextInput
              type="url"
              label={t('contributions.field.evidenceUrl')}
              placeholder="https://"
              error={fieldError(errors.evidenceUrl)}
              {...register('evidenceUrl')}
            />
          </SimpleGrid>
        </Fieldset>

        {(showGroup || showGrant) && (
          <Fieldset legend={t('contributions.section.links')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {showGroup && (
                <LinkField
                  control={control}
                  name="workingGroupId"
                  Select={WorkingGroupSelect}
                  locked={groupLocked}
                  testId="contribution-working-group"
                  label={t('contributions.field.workingGroup')}
                  help={t('contributions.help.workingGroup')}
                  current={
                    contribution?.workingGroupId
                      ? { value: contribution.workingGroupId, label: contribution.workingGroupName }
                      : null
                  }
                  error={fieldError(errors.workingGroupId)}
                />
              )}
              {showGrant && (
                <LinkField
                  control={control}
                  name="grantId"
                  Select={GrantSelect}
                  locked={grantLocked}
                  testId="contribution-grant"
                  label={t('contributions.field.grant')}
                  help={t('contributions.help.grant')}
                  current={
                    contribution?.grantId ? { value: contribution.grantId, label: contribution.grantTitle } : null
                  }
                  error={fieldError(errors.grantId)}
                />
              )}
            </SimpleGrid>
          </Fieldset>
        )}

        {mode === 'correct' && (
          <Textarea
            label={t('contributions.field.correctionReason')}
            description={t('contributions.help.correctionReason')}
            required
            autosize
            minRows={2}
            error={fieldError(errors.reason)}
            {...register('reason')}
          />
        )}

        <Group>
          <Button type="submit" loading={isSubmitting} data-testid="contribution-submit">
            {t(
              mode === 'create' ? 'contributions.create' : mode === 'correct' ? 'contributions.correct' : 'common.save',
            )}
          </Button>
          <Button
            variant="default"
            component={Link}
            href={contribution ? `/contributions/${contribution.id}` : '/contributions'}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A link the user may not change: its name when they may read it, otherwise only that it exists. */
/**
 * A contribution's link to a group or a grant: searched on the API, or shown read-only (its name, or that it is
 * hidden) when the user may not read what it points to.
 */
function LinkField({
  control,
  name,
  Select,
  locked,
  label,
  help,
  current,
  error,
  testId,
}: {
  control: Control<ContributionFormValues, unknown, Output>;
  name: 'workingGroupId' | 'grantId';
  Select: typeof GrantSelect;
  locked: boolean;
  label: string;
  help: string;
  current: { value: string; label: string | null } | null;
  error?: string;
  testId: string;
}) {
  const t = useT();
  if (locked) {
    return (
      <TextInput
        label={label}
        description={t('contributions.help.linkReadOnly')}
        value={current?.label ?? t('contributions.linkHidden')}
        readOnly
        error={error}
        data-testid={testId}
      />
    );
  }
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          description={help}
          placeholder={t('contributions.noLink')}
          clearable
          known={current?.label ? [{ value: current.value, label: current.label }] : []}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          name={field.name}
          error={error}
          data-testid={testId}
        />
      )}
    />
  );
}
