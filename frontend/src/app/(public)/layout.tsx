import { Box, Center, Group, Paper, Text } from '@mantine/core';
import { LanguageSwitch } from '@/components/language-switch';

/** Pages for visitors without an account (the volunteer sign-up form): a wide card, the language switch within
 *  reach. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md">
        <Text fw={800} fz="lg" c="teal.9">
          Maillage
        </Text>
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} w="100%" maw={760} component="main">
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
