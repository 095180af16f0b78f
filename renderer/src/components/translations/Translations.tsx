import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanLanguage } from '../../../../shared/schemas/enums';
import { isNameField, translatable, type TranslationOwner } from '../../../../shared/schemas/translation';
import { limits } from '../../../../shared/schemas/common';
import type { AppError } from '../../../../shared/contract/errors';
import { useChannel } from '../../api/use-queries';
import { useAppStore } from '../../store/context';
import { Field } from '../Field';
import { ErrorNotice } from '../ErrorNotice';
import './translations.css';

export const isTranslatable = (entity: string): entity is TranslationOwner => entity in translatable;

interface Props {
  owner: TranslationOwner;
  id: string;
  /** The thing's own texts: its main language. */
  main: Readonly<Record<string, string>>;
}

/**
 * A thing's texts in the plan's other languages, under its facts: each translated text, or a
 * marker where the main language's text stands in for it; Edit opens that language's fields.
 * Nothing shows while the plan has one language.
 */
export function Translations({ owner, id, main }: Props) {
  const { t } = useTranslation();
  const plan = useChannel('plan.get', {});
  const all = useChannel('translation.list', {});
  const [editing, setEditing] = useState<PlanLanguage | null>(null);
  // After Save or Cancel, focus goes back to that language's Edit button (not the page body):
  // the button takes it as it mounts again in place of the form.
  const returnTo = useRef<PlanLanguage | null>(null);
  const languages = plan.data?.languages ?? [];
  if (languages.length < 2 || !all.data) return null;
  const [mainLanguage, ...others] = languages;
  const fields = (translatable[owner] as readonly string[]).filter((f) => main[f] !== undefined);
  const mine = all.data.filter((x) => x.ownerId === id);
  const textOf = (lang: PlanLanguage, field: string) => mine.find((x) => x.lang === lang && x.field === field)?.text ?? '';
  return (
    <section className="translations" aria-labelledby={`translations-${id}`}>
      <h3 className="related__title" id={`translations-${id}`}>
        {t('translations.title')}
      </h3>
      {others.map((lang) =>
        editing === lang ? (
          <TranslationForm
            key={lang}
            owner={owner}
            id={id}
            lang={lang}
            fields={fields}
            initial={Object.fromEntries(fields.map((f) => [f, textOf(lang, f)]))}
            main={main}
            onDone={() => {
              returnTo.current = lang;
              setEditing(null);
            }}
          />
        ) : (
          <div key={lang} className="translations__language" lang={lang}>
            <div className="translations__head">
              <h4 className="translations__name">{t(`planLanguage.${lang}`)}</h4>
              <button
                type="button"
                className="button button--small"
                ref={(el) => {
                  if (el && returnTo.current === lang) {
                    returnTo.current = null;
                    el.focus();
                  }
                }}
                onClick={() => setEditing(lang)}
              >
                {t('translations.edit', { language: t(`planLanguage.${lang}`) })}
              </button>
            </div>
            <dl className="translations__texts">
              {fields.map((f) => {
                const text = textOf(lang, f);
                const needed = (main[f] ?? '').trim() !== '';
                return (
                  <div key={f} className="translations__row">
                    <dt>{t(`translations.field.${f}`)}</dt>
                    <dd>
                      {text ? (
                        <span className="translations__text">{text}</span>
                      ) : needed ? (
                        <span className="translations__missing" lang={undefined}>
                          {t('translations.missing', { language: t(`planLanguage.${mainLanguage!}`) })}
                        </span>
                      ) : (
                        <span className="muted">{t('common.none')}</span>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        ),
      )}
    </section>
  );
}

function TranslationForm({ owner, id, lang, fields, initial, main, onDone }: {
  owner: TranslationOwner;
  id: string;
  lang: PlanLanguage;
  fields: readonly string[];
  initial: Record<string, string>;
  main: Readonly<Record<string, string>>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const command = useAppStore((s) => s.command);
  const notify = useAppStore((s) => s.notify);
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<AppError | null>(null);
  const first = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const language = t(`planLanguage.${lang}`);
  const save = async () => {
    const r = await command('translation.set', { owner, ownerId: id, lang, texts: values, expected: initial });
    if (!r.ok) return setFailure(r.error);
    notify('translations.saved', { language });
    onDone();
  };
  return (
    <form
      className="translations__form"
      lang={lang}
      aria-label={t('translations.formTitle', { language })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <h4 className="translations__name">{t('translations.formTitle', { language })}</h4>
      {fields.map((f, i) => (
        <Field key={f} label={t(`translations.field.${f}`)} hint={main[f] ? t('translations.original', { text: main[f] }) : undefined}>
          {(p) =>
            isNameField(f) ? (
              <input {...p} ref={i === 0 ? first : undefined} className="input" maxLength={limits.name} value={values[f] ?? ''} onChange={(e) => setValues({ ...values, [f]: e.target.value })} />
            ) : (
              <textarea {...p} ref={i === 0 ? first : undefined} className="input textarea" rows={3} maxLength={limits.text} value={values[f] ?? ''} onChange={(e) => setValues({ ...values, [f]: e.target.value })} />
            )
          }
        </Field>
      ))}
      {failure ? <ErrorNotice error={failure} onDismiss={() => setFailure(null)} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
