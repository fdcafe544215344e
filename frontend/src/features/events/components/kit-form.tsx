'use client';

import { SimpleGrid } from '@mantine/core';
import { useT } from '@/lib/i18n/provider';
import { notifySuccess } from '@/lib/notify';
import { DateField, EnumField, NotesField, TextField } from '@/components/form-fields';
import { ModalForm } from '@/components/modal-form';
import { eventsApi } from '../api';
import { kitSchema, kitValues } from '../schemas';
import { AUDIENCES, type Kit } from '../types';

/** Edits a kit: a new version, its date, its links (one per line). Shown while the kit is being edited. */
export function KitForm({ kit, onClose, onSaved }: { kit: Kit; onClose: () => void; onSaved: (saved: Kit) => void }) {
  const t = useT();
  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t('events.kit.edit', { title: kit.title })}
      schema={kitSchema}
      defaultValues={kitValues(kit)}
      submitLabel={t('common.save')}
      testId="kit-form"
      onSubmit={async (values) => {
        const saved = await eventsApi.updateKit(kit.id, values);
        notifySuccess(t('events.kit.updated', { title: saved.title, version: saved.version }));
        onSaved(saved);
      }}
    >
      {(form) => (
        <>
          <TextField form={form} name="title" label={t('events.kit.title')} required />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <EnumField
              form={form}
              name="audience"
              label={t('events.field.audience')}
              required
              values={AUDIENCES}
              prefix="events.audience."
            />
            <TextField form={form} name="version" label={t('events.kit.version')} required />
            <DateField form={form} name="publishedOn" label={t('events.kit.publishedOn')} required />
          </SimpleGrid>
          <NotesField form={form} name="links" label={t('events.kit.linksPerLine')} />
          <NotesField form={form} name="description" label={t('events.kit.description')} />
        </>
      )}
    </ModalForm>
  );
}
