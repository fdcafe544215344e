'use client';

import { useState } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ActionIcon, Button, Fieldset, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useFormat, useLocale, useT } from '@/lib/i18n/provider';
import { notifyError } from '@/lib/notify';
import { useFieldError } from '@/components/form-error';
import { organisationsApi } from '@/features/organisations/api';
import { OrganisationSelect } from '@/features/organisations/components/organisation-select';
import type { SplitFormValues } from '../schemas';
import { MoneyInput, PercentInput } from './money-input';
import { formatRatio } from './split-lines-table';

/** Every member organisation, page after page (a few hundred at most). */
async function allMembers(): Promise<{ id: string; name: string }[]> {
  const out: { id: string; name: string }[] = [];
  for (let page = 1; ; page++) {
    const batch = await organisationsApi.list({ membershipStatus: 'member', sort: 'name', pageSize: 200, page });
    out.push(...batch.items);
    if (out.length >= batch.total || batch.items.length === 0) return out;
  }
}

/** The organisations taking part, each with what the rule needs (a percentage, an amount) and an optional floor and
 *  cap. */
export function ParticipantsFields() {
  const t = useT();
  const format = useFormat();
  const [locale] = useLocale();
  const fieldError = useFieldError();
  const {
    control,
    formState: { errors },
  } = useFormContext<SplitFormValues>();
  const rule = useWatch({ control, name: 'rule' });
  const rows = useWatch({ control, name: 'participants' });
  const participants = useFieldArray({ control, name: 'participants' });
  const [adding, setAdding] = useState(false);
  const present = new Set(rows.map((p) => p.organisationId));
  const add = (organisations: { id: string; name: string }[]) => {
    const fresh = organisations.filter((o) => !present.has(o.id));
    participants.append(
      fresh.map((o) => ({
        organisationId: o.id,
        organisationName: o.name,
        shareBp: null,
        amountCents: null,
        floorCents: null,
        capCents: null,
      })),
    );
  };
  const addMembers = async () => {
    setAdding(true);
    try {
      add(await allMembers());
    } catch (error) {
      notifyError(t, error);
    } finally {
      setAdding(false);
    }
  };
  const percentTotal = rows.reduce((s, p) => s + (p.shareBp ?? 0), 0);
  const amountTotal = rows.reduce((s, p) => s + (p.amountCents ?? 0), 0);
  const rootError = fieldError(errors.participants?.root ?? errors.participants);

  return (
    <Fieldset legend={t('splits.section.participants')}>
      <Stack gap="sm">
        <Group gap="xs" align="flex-end">
          <OrganisationSelect
            style={{ flex: 1, minWidth: 220 }}
            label={t('splits.addOrganisation')}
            placeholder={t('common.search')}
            value={null}
            onChange={(value, option) => value && add([{ id: value, name: option?.label ?? value }])}
            data-testid="split-add-organisation"
          />
          <Button
            variant="default"
            leftSection={<IconUsersGroup size={16} aria-hidden />}
            loading={adding}
            onClick={() => void addMembers()}
            data-testid="split-add-members"
          >
            {t('splits.addAllMembers')}
          </Button>
        </Group>
        {rootError && (
          <Text size="sm" c="red" data-testid="split-participants-error">
            {rootError}
          </Text>
        )}
        {participants.fields.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('splits.noParticipants')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={400}>
            <Table verticalSpacing={4} data-testid="split-participants">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('splits.line.organisation')}</Table.Th>
                  {rule === 'fixed_percent' && <Table.Th>{t('splits.field.share')}</Table.Th>}
                  {rule === 'fixed_amount' && <Table.Th>{t('splits.field.amount')}</Table.Th>}
                  <Table.Th>{t('splits.field.floor')}</Table.Th>
                  <Table.Th>{t('splits.field.cap')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {participants.fields.map((f, i) => {
                  const e = errors.participants?.[i];
                  const money = (name: 'amountCents' | 'floorCents' | 'capCents', label: string) => (
                    <Table.Td>
                      <Controller
                        control={control}
                        name={`participants.${i}.${name}`}
                        render={({ field }) => (
                          <MoneyInput
                            w={100}
                            size="xs"
                            aria-label={`${label} — ${f.organisationName}`}
                            name={field.name}
                            value={field.value}
                            onChange={field.onChange}
                            error={fieldError(e?.[name])}
                          />
                        )}
                      />
                    </Table.Td>
                  );
                  return (
                    <Table.Tr key={f.id}>
                      <Table.Td>
                        <Text size="sm">{f.organisationName}</Text>
                        {fieldError(e?.organisationId) && (
                          <Text size="xs" c="red">
                            {fieldError(e?.organisationId)}
                          </Text>
                        )}
                      </Table.Td>
                      {rule === 'fixed_percent' && (
                        <Table.Td>
                          <Controller
                            control={control}
                            name={`participants.${i}.shareBp`}
                            render={({ field }) => (
                              <PercentInput
                                w={90}
                                size="xs"
                                aria-label={`${t('splits.field.share')} — ${f.organisationName}`}
                                name={field.name}
                                value={field.value}
                                onChange={field.onChange}
                                error={fieldError(e?.shareBp)}
                              />
                            )}
                          />
                        </Table.Td>
                      )}
                      {rule === 'fixed_amount' && money('amountCents', t('splits.field.amount'))}
                      {money('floorCents', t('splits.field.floor'))}
                      {money('capCents', t('splits.field.cap'))}
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => participants.remove(i)}
                          aria-label={t('splits.removeOrganisation', { name: f.organisationName })}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="xs" c="dimmed">
          {t('splits.participantCount', { count: rows.length })}
          {rule === 'fixed_percent' &&
            ` · ${t('splits.percentTotal', { total: formatRatio(percentTotal / 10_000, locale) })}`}
          {rule === 'fixed_amount' && ` · ${t('splits.amountTotal', { total: format.cents(amountTotal) })}`}
        </Text>
      </Stack>
    </Fieldset>
  );
}
