import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StakeholderCreateSchema, type Duplicate } from '../../../../shared/schemas/stakeholder';
import { helixes, stakeholderSizes, stakeholderTypes } from '../../../../shared/schemas/enums';
import { limits } from '../../../../shared/schemas/common';
import { defineEditor } from '../../components/editor/define';
import type { FormPart } from '../../components/editor/fields';
import { useAppStore } from '../../store/context';
import { href } from '../../app/router';
import { WarningIcon } from '../../components/icons';

/** Websites open only as https (officers paste "prizztech.fi"). */
export const websiteHref = (site: string) => {
  const s = site.trim();
  if (!s) return null;
  const url = /^https?:\/\//i.test(s) ? s.replace(/^http:/i, 'https:') : `https://${s}`;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

/** A website among the facts: a link when it opens as https. */
export function websiteLink(site: string): ReactNode {
  const url = websiteHref(site);
  return url ? (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {site}
    </a>
  ) : (
    site
  );
}

const fields = {
  name: { control: 'text', max: limits.name, required: true, autoFocus: true, hint: true },
  helix: { control: 'select', options: { enum: 'helix', values: helixes }, required: true, none: 'form.choose', hint: true },
  type: { control: 'select', options: { enum: 'stakeholderType', values: stakeholderTypes }, required: true, none: 'form.choose' },
  size: { control: 'select', options: { enum: 'size', values: stakeholderSizes }, nullable: true, none: 'form.notGiven', hint: true },
  municipality: { control: 'text', max: limits.short },
  website: { control: 'text', max: limits.url, hint: true },
  contactName: { control: 'text', max: limits.name },
  contactEmail: { control: 'email', max: limits.url, save: (v: string) => v.trim() },
  contactPhone: { control: 'tel', max: limits.short },
  notes: { control: 'multiline', max: limits.text },
  reference: { control: 'text', max: limits.short, hint: true },
} as const;

/** Likely duplicates while adding or renaming ("Prizztech" vs "Prizztech Oy"). */
const Duplicates: FormPart<typeof fields> = ({ form, initial, id }) => {
  const { t } = useTranslation();
  const query = useAppStore((s) => s.query);
  const [dupes, setDupes] = useState<Duplicate[]>([]);
  const name = form.values.name;
  useEffect(() => {
    if (name.trim().length < 3 || name === initial.name) {
      const clear = setTimeout(() => setDupes([]), 0);
      return () => clearTimeout(clear);
    }
    const timer = setTimeout(() => {
      void query('stakeholder.duplicates', { name, ...(id ? { excludeId: id } : {}) }).then((r) => r.ok && setDupes(r.value));
    }, 250);
    return () => clearTimeout(timer);
  }, [name, id, query, initial.name]);
  return (
    <div className="dupes" role="status" aria-live="polite">
      {dupes.length > 0 ? (
        <div className="warning">
          <WarningIcon size={16} />
          <div>
            <p className="warning__title">{t('stakeholders.dupes.title', { count: dupes.length })}</p>
            <ul>
              {dupes.map((d) => (
                <li key={d.id}>
                  <a href={href('stakeholders', undefined, d.id)}>{d.name}</a> <span className="muted">({t(`stakeholders.dupes.${d.match}`)})</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </div>
  );
};

/** A stakeholder's editor: its fields, the form's layout, the facts the pane shows, its channels. */
export const stakeholderEditor = defineEditor({
  entity: 'stakeholder',
  schema: StakeholderCreateSchema,
  fields,
  layout: ['name', { part: Duplicates }, { row: ['helix', 'type', 'size', 'municipality'] }, { row: ['website', 'reference'] }, { group: 'stakeholders.contact', items: ['contactName', 'contactEmail', 'contactPhone'] }, 'notes'],
  facts: [
    'type',
    'size',
    'municipality',
    'reference',
    ['website', (d) => websiteLink(d.website)],
    ['stakeholders.contact', (d) => [d.contactName, d.contactEmail, d.contactPhone].filter(Boolean).join(' · ')],
    'notes',
  ],
  initial: (params) => {
    const helix = params.get('helix');
    return { helix: helixes.find((h) => h === helix) ?? '' };
  },
  create: (command, input) => command('stakeholder.create', input),
  update: (command, id, expectedUpdatedAt, input) => command('stakeholder.update', { id, expectedUpdatedAt, ...input }),
});
