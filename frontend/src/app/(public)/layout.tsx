'use client';

import Link from 'next/link';
import { Anchor, Box, Center, Group, Paper } from '@mantine/core';
import { LanguageSwitch } from '@/components/language-switch';

/** The network's public newsletter pages (subscribe, confirm, unsubscribe, archive): no account needed. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md">
        <Anchor component={Link} href="/newsletter/archive" fw={800} fz="lg" c="teal.9" underline="never">
          Maillage
        </Anchor>
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={640} component="main">
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
