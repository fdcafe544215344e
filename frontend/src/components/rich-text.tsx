'use client';

import '@mantine/tiptap/styles.css';
import { Input, Typography } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useT } from '@/lib/i18n/provider';
import classes from './rich-text.module.css';

interface RichTextFieldProps {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string;
  required?: boolean;
  testId?: string;
}

/**
 * A WYSIWYG field for minutes and job descriptions: headings, emphasis, lists, quotes, links. The API keeps only
 * these (it sanitises what it stores), so what is typed here is what everyone reads.
 */
export function RichTextField({ label, value, onChange, error, required, testId }: RichTextFieldProps) {
  const t = useT();
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false } })],
    content: value,
    immediatelyRender: false,
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  return (
    <Input.Wrapper label={label} error={error} required={required}>
      <RichTextEditor
        editor={editor}
        data-testid={testId}
        labels={{ linkEditorInputLabel: t('richText.link'), linkEditorSave: t('common.save') }}
      >
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold aria-label={t('richText.bold')} />
            <RichTextEditor.Italic aria-label={t('richText.italic')} />
            <RichTextEditor.Underline aria-label={t('richText.underline')} />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 aria-label={t('richText.h2')} />
            <RichTextEditor.H3 aria-label={t('richText.h3')} />
            <RichTextEditor.BulletList aria-label={t('richText.bulletList')} />
            <RichTextEditor.OrderedList aria-label={t('richText.orderedList')} />
            <RichTextEditor.Blockquote aria-label={t('richText.blockquote')} />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link aria-label={t('richText.link')} />
            <RichTextEditor.Unlink aria-label={t('richText.unlink')} />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={160} aria-label={label} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}

/** Rich text as stored by the API (already sanitised there). */
export function RichTextView({ html, testId }: { html: string; testId?: string }) {
  return (
    <Typography className={classes.view} data-testid={testId}>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
