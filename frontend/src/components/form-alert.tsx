import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/**
 * The form-level error (what the API said, beside the field errors). `role="status"` rather than Mantine's default
 * "alert": Next's route announcer is an alert too, and tests must find this one without ambiguity.
 */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="status" data-testid="form-error">
      {message}
    </Alert>
  );
}
