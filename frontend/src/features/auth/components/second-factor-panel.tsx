'use client';

import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Image,
  List,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import QRCode from 'qrcode';
import type { z } from 'zod';
import { useT } from '@/lib/i18n/provider';
import { errorText, notifySuccess } from '@/lib/notify';
import { useSession } from '@/lib/session';
import { applyApiFieldErrors, useFieldError } from '@/components/form-error';
import { FormAlert } from '@/components/form-alert';
import { authApi } from '../api';
import { secondFactorSchema } from '../schemas';
import type { TotpSetup } from '../types';

type Values = z.input<typeof secondFactorSchema>;
const EMPTY: Values = { currentPassword: '', code: '' };

/** The password and a code, then what to do with them (turn on, renew the recovery codes, turn off). */
function PasswordAndCode({
  submitLabel,
  onSubmit,
  color,
  testId,
}: {
  submitLabel: string;
  onSubmit: (v: Values) => Promise<void>;
  color?: string;
  testId: string;
}) {
  const t = useT();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(secondFactorSchema), defaultValues: EMPTY });
  const submit = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values);
      reset(EMPTY);
    } catch (error) {
      if (!applyApiFieldErrors(error, setError)) setFormError(errorText(t, error));
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <Stack>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput
            autoComplete="current-password"
            label={t('account.currentPassword')}
            required
            error={fieldError(errors.currentPassword)}
            {...register('currentPassword')}
          />
          <TextInput
            autoComplete="one-time-code"
            label={t('auth.secondFactor.code')}
            required
            error={fieldError(errors.code)}
            {...register('code')}
          />
        </SimpleGrid>
        <Button type="submit" color={color} loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

/** Ten codes, shown once, to keep on paper: each opens the account once without the phone. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT();
  return (
    <Alert color="yellow" title={t('auth.secondFactor.recoveryTitle')} data-testid="recovery-codes">
      <Text size="sm" mb="xs">
        {t('auth.secondFactor.recoveryHelp')}
      </Text>
      <List spacing={2} styles={{ item: { fontFamily: 'monospace' } }}>
        {codes.map((c) => (
          <List.Item key={c}>{c}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Second factor: enrol (QR code, first code), renew the recovery codes, or turn it off when no role requires it. */
export function SecondFactorPanel() {
  const t = useT();
  const { user, setSession } = useSession();
  const [setup, setSetup] = useState<TotpSetup>();
  const [qr, setQr] = useState<string>();
  const [codes, setCodes] = useState<string[]>();
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string>();
  const { enabled, required } = user.secondFactor;

  useEffect(() => {
    if (!setup) return;
    void QRCode.toDataURL(setup.otpauthUri, { margin: 1, width: 200 }).then(setQr);
  }, [setup]);

  const refresh = async () => setSession(await authApi.me());

  const start = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      setSetup(await authApi.setupSecondFactor());
    } catch (error) {
      setStartError(errorText(t, error));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Stack data-testid="second-factor-panel">
      <Group gap="xs">
        <Text fw={600}>{t('auth.secondFactor.status')}</Text>
        <Badge color={enabled ? 'teal' : 'gray'} data-testid="second-factor-status">
          {enabled ? t('auth.secondFactor.on') : t('auth.secondFactor.off')}
        </Badge>
      </Group>
      {required && !enabled && (
        <Alert color="orange" data-testid="second-factor-required">
          {t('auth.secondFactor.requiredHelp')}
        </Alert>
      )}
      {codes && <RecoveryCodes codes={codes} />}
      {!enabled && !setup && (
        <>
          <Text size="sm">{t('auth.secondFactor.intro')}</Text>
          <FormAlert message={startError} />
          <Button
            onClick={() => void start()}
            loading={starting}
            style={{ alignSelf: 'flex-start' }}
            data-testid="second-factor-start"
          >
            {t('auth.secondFactor.start')}
          </Button>
        </>
      )}
      {!enabled && setup && (
        <>
          <Text size="sm">{t('auth.secondFactor.scan')}</Text>
          <Group align="flex-start">
            {qr && <Image src={qr} alt={t('auth.secondFactor.qrAlt')} w={200} h={200} data-testid="second-factor-qr" />}
            <Stack gap={4}>
              <Text size="sm">{t('auth.secondFactor.manual')}</Text>
              <Code data-testid="second-factor-secret">{setup.secret}</Code>
            </Stack>
          </Group>
          <PasswordAndCode
            testId="second-factor-enable"
            submitLabel={t('auth.secondFactor.enable')}
            onSubmit={async ({ currentPassword, code }) => {
              setCodes((await authApi.enableSecondFactor(currentPassword, code)).recoveryCodes);
              setSetup(undefined);
              await refresh();
              notifySuccess(t('auth.secondFactor.enabled'));
            }}
          />
        </>
      )}
      {enabled && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <Text fw={600}>{t('auth.secondFactor.renew')}</Text>
            <PasswordAndCode
              testId="second-factor-renew"
              submitLabel={t('auth.secondFactor.renew')}
              onSubmit={async ({ currentPassword, code }) =>
                setCodes((await authApi.renewRecoveryCodes(currentPassword, code)).recoveryCodes)
              }
            />
          </Stack>
          {!required && (
            <Stack gap="xs">
              <Text fw={600}>{t('auth.secondFactor.disable')}</Text>
              <PasswordAndCode
                testId="second-factor-disable"
                color="red"
                submitLabel={t('auth.secondFactor.disable')}
                onSubmit={async ({ currentPassword, code }) => {
                  await authApi.disableSecondFactor(currentPassword, code);
                  setCodes(undefined);
                  await refresh();
                }}
              />
            </Stack>
          )}
        </SimpleGrid>
      )}
    </Stack>
  );
}
