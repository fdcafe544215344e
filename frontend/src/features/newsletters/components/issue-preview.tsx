'use client';

import { useState } from 'react';
import { Box, Group, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import type { Preview } from '../types';

// Mail clients lay a 600 px body out in a reading pane of about 640 px; phones in about 375 px.
const WIDTHS = { desktop: 640, mobile: 375 } as const;

/**
 * The issue as a recipient gets it: the HTML in a sandboxed frame (no script, no same-origin access) at a desktop or a
 * phone's width, and the plain-text part.
 */
export function IssuePreview({ preview }: { preview: Preview }) {
  const t = useT();
  const [device, setDevice] = useState<keyof typeof WIDTHS>('desktop');
  return (
    <Stack gap="xs" data-testid="issue-preview">
      <Group justify="space-between">
        <Text size="sm">
          <b>{t('newsletters.preview.subject')}</b> {preview.subject}
        </Text>
        <Text size="xs" c={preview.bytes > 102 * 1024 ? 'red' : 'dimmed'}>
          {t('newsletters.preview.size', { kb: Math.round(preview.bytes / 1024) })}
        </Text>
      </Group>
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html">HTML</Tabs.Tab>
          <Tabs.Tab value="text">{t('newsletters.preview.text')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="xs">
          <SegmentedControl
            size="xs"
            mb="xs"
            value={device}
            onChange={(v) => setDevice(v)}
            data={[
              { value: 'desktop', label: t('newsletters.preview.desktop') },
              { value: 'mobile', label: t('newsletters.preview.mobile') },
            ]}
            data-testid="preview-device"
          />
          <Box style={{ overflowX: 'auto' }}>
            <iframe
              title={t('newsletters.preview.frame')}
              sandbox=""
              srcDoc={preview.html}
              width={WIDTHS[device]}
              height={720}
              style={{
                border: '1px solid var(--mantine-color-gray-3)',
                borderRadius: 8,
                display: 'block',
                margin: '0 auto',
                background: '#fff',
              }}
              data-testid={`preview-frame-${device}`}
            />
          </Box>
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="xs">
          <Box component="pre" fz="xs" p="sm" bg="gray.0" style={{ whiteSpace: 'pre-wrap', borderRadius: 8 }}>
            {preview.text}
          </Box>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
