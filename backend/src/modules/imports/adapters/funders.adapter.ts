import type { EntityManager } from 'typeorm';
import type { Funder } from '../../funding/funder.entity';
import type { FunderContact } from '../../funding/funder-contact.entity';
import type { RowReader } from '../fields';
import { msg } from '../../../common/error-catalogue';
import { ImportError } from '../imports.errors';
import { changed, type ImportAdapter, type RowPlan } from './adapter';

export interface FunderRow {
  name: string;
  /** Required for a new funder only: a file of contacts names known funders without their kind. */
  kind: Funder['kind'] | null;
  website: string | null;
  notes: string | null;
  contact: { name: string; role: string | null; email: string | null; phone: string | null } | null;
  /** Filled by the plan: the contact row to add, or the one to update and how. */
  contactId?: string | null;
  contactChanges?: Record<string, unknown>;
  contactPosition?: number;
}

const KINDS = {
  foundation: ['fondation', 'foundation'],
  public_body: ['organisme public', 'public body', 'collectivité', 'état'],
  company: ['entreprise', 'company', 'mécénat'],
  individual: ['particulier', 'donateur', 'individual', 'donor'],
  campaign: ['campagne', 'campaign', 'financement participatif'],
};
const label = (fr: string, en: string) => ({ fr, en });

/** Matched on name (unique whatever its case); one contact per row, matched on its name within the funder. */
export const fundersAdapter: ImportAdapter<FunderRow> = {
  kind: 'funders',
  entityType: 'Funder',
  fields: [
    { name: 'name', label: label('Nom', 'Name'), required: true, aliases: ['financeur', 'funder', 'nom du financeur'] },
    { name: 'kind', label: label('Type', 'Kind'), aliases: ['type'] },
    { name: 'website', label: label('Site web', 'Website'), aliases: ['site', 'web'] },
    { name: 'notes', label: label('Notes', 'Notes'), aliases: ['remarques', 'commentaire'] },
    {
      name: 'contactName',
      label: label('Contact', 'Contact'),
      aliases: ['nom du contact', 'contact name', 'interlocuteur'],
    },
    { name: 'contactRole', label: label('Fonction du contact', 'Contact role'), aliases: ['fonction', 'role'] },
    { name: 'contactEmail', label: label('E-mail du contact', 'Contact email'), aliases: ['email', 'courriel'] },
    { name: 'contactPhone', label: label('Téléphone du contact', 'Contact phone'), aliases: ['telephone', 'phone'] },
  ],

  read(r: RowReader) {
    const name = r.text('name', 200, true);
    const kind = r.oneOf('kind', KINDS);
    const website = r.url('website');
    const notes = r.text('notes', 5000);
    const contactName = r.text('contactName', 200);
    const contact = {
      name: contactName,
      role: r.text('contactRole', 120),
      email: r.email('contactEmail'),
      phone: r.text('contactPhone', 40),
    };
    if (!contactName && (contact.role || contact.email || contact.phone) && !r.errors.length)
      r.fail('contactName', ImportError.Required);
    if (r.errors.length || !name) return undefined;
    return {
      name,
      kind,
      website,
      notes,
      contact: contactName ? (contact as FunderRow['contact']) : null,
    };
  },

  // A funder once, or each of its contacts once (the funder contacts export lists a funder on each contact's line).
  keys: (v) => [
    v.contact ? `contactName:${v.name.toLowerCase()}/${v.contact.name.toLowerCase()}` : `name:${v.name.toLowerCase()}`,
  ],
  label: (v) => v.name,

  async plan(em, rows, fail) {
    const funders = await em
      .getRepository<Funder>('Funder')
      .createQueryBuilder('f')
      .where('lower(f.name) = ANY(:names)', { names: rows.map((r) => r.value.name.toLowerCase()) })
      .getMany();
    const byName = new Map(funders.map((f) => [f.name.toLowerCase(), f]));
    const contacts = funders.length
      ? await em
          .getRepository<FunderContact>('FunderContact')
          .createQueryBuilder('c')
          .where('c.funderId = ANY(:ids)', { ids: funders.map((f) => f.id) })
          .getMany()
      : [];
    const plans: RowPlan<FunderRow>[] = [];
    const creating = new Map<string, number>();
    for (const { line, value } of rows) {
      const funder = byName.get(value.name.toLowerCase());
      if (!funder && !value.kind) {
        fail(line, 'kind', ImportError.Required);
        continue;
      }
      if (!funder && creating.has(value.name.toLowerCase())) {
        fail(line, 'name', msg(ImportError.Duplicate, { line: creating.get(value.name.toLowerCase())! }));
        continue;
      }
      if (!funder) creating.set(value.name.toLowerCase(), line);
      const { name, kind, website, notes } = value;
      const changes = funder ? changed(funder, { name, kind, website, notes }) : {};
      const row: FunderRow = { ...value };
      if (value.contact) {
        const theirs = funder ? contacts.filter((c) => c.funderId === funder.id) : [];
        const known = theirs.find((c) => c.name.toLowerCase() === value.contact!.name.toLowerCase());
        const contactChanges = known ? changed(known, value.contact) : null;
        row.contactId = known?.id ?? null;
        row.contactPosition = Math.max(-1, ...theirs.map((c) => c.position)) + 1;
        if (!known) changes.contact = [null, value.contact.name];
        else if (Object.keys(contactChanges!).length) {
          row.contactChanges = Object.fromEntries(Object.entries(contactChanges!).map(([k, [, a]]) => [k, a]));
          for (const [k, v] of Object.entries(contactChanges!)) changes[`contact.${k}`] = v;
        }
      }
      const status = !funder ? 'created' : Object.keys(changes).length ? 'updated' : 'unchanged';
      plans.push({ line, value: row, status, id: funder?.id ?? null, changes });
    }
    return plans;
  },

  async write(em: EntityManager, plans) {
    const created = plans.filter((p) => p.status === 'created');
    if (created.length) {
      const { identifiers } = await em.insert(
        'Funder',
        created.map(({ value: { name, kind, website, notes } }) => ({ name, kind: kind!, website, notes })),
      );
      identifiers.forEach((x, i) => (created[i].id = x.id as string));
    }
    const newContacts = [];
    for (const p of plans) {
      if (p.status === 'updated') {
        const fields = Object.entries(p.changes).filter(([k]) => !k.startsWith('contact'));
        if (fields.length) await em.update('Funder', p.id!, Object.fromEntries(fields.map(([k, [, a]]) => [k, a])));
      }
      const c = p.value.contact;
      if (c && !p.value.contactId) newContacts.push({ ...c, funderId: p.id!, position: p.value.contactPosition ?? 0 });
      if (c && p.value.contactId && p.value.contactChanges)
        await em.update('FunderContact', p.value.contactId, p.value.contactChanges);
    }
    if (newContacts.length) await em.insert('FunderContact', newContacts);
  },
};
