'use client';

import { Button } from '@mantine/core';
import { ConfirmButton } from '@/components/confirm-button';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { accountsApi } from '../api';
import type { Account } from '../types';

/** For an invitation not accepted yet: send a new link (the old one dies), or revoke it for good. */
export function InvitationActions({ account, onDone }: { account: Account; onDone: () => void }) {
  const t = useT();
  const format = useFormat();
  const resend = async () => {
    try {
      const sent = await accountsApi.resendInvitation(account.id);
      notifySuccess(t('accounts.invited', { email: sent.email, date: format.dateTime(sent.expiresAt) }));
      onDone();
    } catch (error) {
      notifyError(t, error);
    }
  };
  const revoke = async () => {
    try {
      await accountsApi.revokeInvitation(account.id);
      notifySuccess(t('accounts.invitationRevoked', { name: account.displayName }));
      onDone();
    } catch (error) {
      notifyError(t, error);
    }
  };
  return (
    <>
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => void resend()}
        aria-label={t('accounts.resendOf', { name: account.displayName })}
      >
        {t('accounts.resend')}
      </Button>
      <ConfirmButton
        size="compact-sm"
        variant="default"
        color="red"
        title={t('accounts.revokeTitle')}
        message={t('accounts.revokeConfirm', { name: account.displayName })}
        confirmLabel={t('accounts.revoke')}
        onConfirm={revoke}
        aria-label={t('accounts.revokeOf', { name: account.displayName })}
      >
        {t('accounts.revoke')}
      </ConfirmButton>
    </>
  );
}
