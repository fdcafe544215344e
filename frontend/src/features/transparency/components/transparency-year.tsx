'use client';

import { Stack, Table, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@/lib/i18n/provider';
import type { PublicGrant, PublicInKind, PublicSplit } from '../types';

/** One year of the public page: grants received, how splits shared them out, contributions in kind. */
export function TransparencyYear({
  year,
  grants,
  splits,
  inKind,
}: {
  year: number;
  grants: PublicGrant[];
  splits: PublicSplit[];
  inKind: PublicInKind[];
}) {
  const t = useT();
  const format = useFormat();
  const sum = <T,>(items: T[], cents: (item: T) => number) => items.reduce((total, i) => total + cents(i), 0);
  return (
    <Stack gap="md" component="section" data-testid={`transparency-year-${year}`}>
      <Title order={2} size="h3">
        {t('transparency.public.year', { year: String(year) })}
      </Title>
      {grants.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="public-grants" verticalSpacing="xs" captionSide="top">
            <Table.Caption ta="left" fw={600} c="dark">
              {t('transparency.public.grants')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('transparency.public.grant')}</Table.Th>
                <Table.Th>{t('transparency.public.funder')}</Table.Th>
                <Table.Th ta="right">{t('transparency.public.granted')}</Table.Th>
                <Table.Th ta="right">{t('transparency.public.received')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grants.map((g) => (
                <Table.Tr key={g.title}>
                  <Table.Td>{g.title}</Table.Td>
                  <Table.Td>{g.funderName ?? t('transparency.public.privateFunder')}</Table.Td>
                  <Table.Td ta="right">{format.cents(g.amountGrantedCents)}</Table.Td>
                  <Table.Td ta="right">{format.cents(g.receivedCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {splits.map((s) => (
        <Table key={s.title} data-testid="public-split" verticalSpacing="xs" captionSide="top">
          <Table.Caption ta="left" fw={600} c="dark">
            {t('transparency.public.splits')} — {s.title}
            {s.grantTitles.length > 0 && (
              <Text span size="sm" c="dimmed" display="block">
                {t('transparency.public.from', { grants: s.grantTitles.join(', ') })}
              </Text>
            )}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transparency.public.organisation')}</Table.Th>
              <Table.Th ta="right">{t('transparency.public.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.lines.map((l) => (
              <Table.Tr key={l.organisationName}>
                <Table.Td>{l.organisationName}</Table.Td>
                <Table.Td ta="right">{format.cents(l.amountCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('transparency.public.total')}</Table.Th>
              <Table.Th ta="right">{format.cents(sum(s.lines, (l) => l.amountCents))}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      ))}
      {inKind.length > 0 && (
        <Table data-testid="public-in-kind" verticalSpacing="xs" captionSide="top">
          <Table.Caption ta="left" fw={600} c="dark">
            {t('transparency.public.inKind')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transparency.public.organisation')}</Table.Th>
              <Table.Th>{t('transparency.public.type')}</Table.Th>
              <Table.Th ta="right">{t('transparency.public.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inKind.map((k) => (
              <Table.Tr key={`${k.organisationName}-${k.type}`}>
                <Table.Td>{k.organisationName ?? t('transparency.public.ownName')}</Table.Td>
                <Table.Td>{t(`contributions.type.${k.type}`)}</Table.Td>
                <Table.Td ta="right">{format.cents(k.valueCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>{t('transparency.public.total')}</Table.Th>
              <Table.Th ta="right">{format.cents(sum(inKind, (k) => k.valueCents))}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Stack>
  );
}
