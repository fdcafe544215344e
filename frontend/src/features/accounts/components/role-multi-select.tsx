'use client';

import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { ROLES, type Role } from '@/features/auth/types';

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: Role[];
  onChange: (roles: Role[]) => void;
};

export function RoleMultiSelect({ value, onChange, ...props }: Props) {
  const t = useT();
  return (
    <MultiSelect
      {...props}
      data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      value={value}
      onChange={(roles) => onChange(roles as Role[])}
    />
  );
}
