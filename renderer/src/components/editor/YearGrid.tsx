import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../Choices';
import { PlusIcon } from '../icons';
import { optionSources } from '../../features/common/options';
import { useAppStore } from '../../store/context';
import { inputValue } from '../../../../shared/domain/reading';
import { readAmount } from '../../../../shared/domain/money';
import { formatCents } from '../../../../shared/domain/format';
import { prop, type Columns, type FieldForm, type RowsSpec } from './fields';
import './year-grid.css';

type Row = Readonly<Record<string, string | undefined>>;
type GridSpec = NonNullable<RowsSpec<Columns>['yearGrid']>;

const rowsAt = (form: FieldForm, name: string): Row[] => {
  const v = prop(form.values, name);
  return Array.isArray(v) ? v.map((r) => Object.fromEntries(Object.entries(r ?? {}).map(([k, x]) => [k, x === undefined ? undefined : String(x)]))) : [];
};

/** The year of a date typed in the form (UI language), or null while it is not a date. */
function yearOf(text: unknown, lng: string): number | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const v = inputValue('date', text, lng);
  return typeof v === 'string' && /^\d{4}-/.test(v) ? Number(v.slice(0, 4)) : null;
}

/**
 * The years shown: the action's own years when both its dates are typed, else the plan period;
 * and every year a row already holds (an older plan's line before the action's dates moved).
 */
function useYears(form: FieldForm, rows: Row[], g: GridSpec, lng: string): number[] {
  const plan = useAppStore((s) => s.planFile?.plan);
  const start = yearOf(prop(form.values, 'startDate'), lng);
  const end = yearOf(prop(form.values, 'endDate'), lng);
  const held = rows.map((r) => Number(r[g.year])).filter((y) => Number.isInteger(y) && y > 0).join(',');
  return useMemo(() => {
    const years = new Set<number>(held ? held.split(',').map(Number) : []);
    const [from, to] = start !== null && end !== null && end >= start && end - start < 50 ? [start, end] : plan ? [plan.periodStart, plan.periodEnd] : [];
    if (from !== undefined && to !== undefined) for (let y = from; y <= to; y++) years.add(y);
    return [...years].sort((a, b) => a - b);
  }, [start, end, plan, held]);
}

/**
 * An action's funding as a compact grid: a group of lines per funding source (planned,
 * committed, spent), a column per year and the source's total. Underneath the form keeps one
 * row per source and year, so reading, checking and saving amounts work as in any grid, and a
 * cell's error names its row's path. A cell the app estimated says "estimate" in words beside
 * its figure until it is typed over. Arrow keys move between cells (up and down across lines).
 */
export function YearGrid({ form, name, spec, label, hint }: { form: FieldForm; name: string; spec: RowsSpec<Columns>; label: string; hint: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const g = spec.yearGrid!;
  const rows = rowsAt(form, name);
  const years = useYears(form, rows, g, lng);
  const options = optionSources.fundingSources(rows);
  const sourceName = (id: string) => options.find((o) => o.value === id)?.label ?? id;
  const sources = [...new Set(rows.map((r) => r[g.by] ?? ''))];
  const unused = options.filter((o) => !sources.includes(o.value));
  const [adding, setAdding] = useState('');
  const toAdd = unused.some((o) => o.value === adding) ? adding : (unused[0]?.value ?? '');
  const indexOf = (source: string, year: number) => rows.findIndex((r) => r[g.by] === source && Number(r[g.year]) === year);
  const cellId = (source: string, year: number, m: string) => form.idFor(`${name}.grid.${source}.${year}.${m}`);

  const setCell = (source: string, year: number, m: string, value: string) => {
    const i = indexOf(source, year);
    if (i >= 0) {
      form.setAt(`${name}.${i}.${m}`, value);
      // Typed figures are recorded, no longer the app's estimate (the core decides on save).
      if (rows[i]!.estimated) form.setAt(`${name}.${i}.estimated`, '');
      return;
    }
    const first = rows.find((r) => r[g.by] === source && g.shared.some((k) => r[k]?.trim())) ?? rows.find((r) => r[g.by] === source);
    const blank = Object.fromEntries(Object.keys(spec.columns).map((k) => [k, g.shared.includes(k) ? (first?.[k] ?? '') : '']));
    form.setAt(name, [...rows, { ...blank, [g.by]: source, [g.year]: String(year), [m]: value }]);
  };
  const setShared = (source: string, k: string, value: string) =>
    form.setAt(name, rows.map((r) => (r[g.by] === source ? { ...r, [k]: value } : r)));
  const remove = (source: string) => form.setAt(name, rows.filter((r) => r[g.by] !== source));
  const add = () => {
    if (!toAdd) return;
    form.setAt(name, [...rows, { ...Object.fromEntries(Object.keys(spec.columns).map((k) => [k, ''])), [g.by]: toAdd, [g.year]: String(years[0] ?? '') }]);
    requestAnimationFrame(() => document.getElementById(cellId(toAdd, years[0] ?? 0, g.measures[0]!))?.focus());
  };
  const total = (source: string, m: string) => {
    let sum = 0;
    for (const r of rows) {
      if (r[g.by] !== source) continue;
      const read = readAmount(r[m] ?? '', lng);
      if (!read.ok) return null;
      sum += read.value ?? 0;
    }
    return sum;
  };
  // Arrow keys: left and right along a line, up and down to the same year of the next line.
  const move = (e: KeyboardEvent<HTMLInputElement>, s: number, mi: number, yi: number) => {
    const steps: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0] };
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (e.key === 'ArrowLeft' && atStart) steps.ArrowLeft = [0, -1];
    if (e.key === 'ArrowRight' && atEnd) steps.ArrowRight = [0, 1];
    const step = steps[e.key];
    if (!step) return;
    const line = s * g.measures.length + mi + step[0];
    const [ns, nm] = [Math.floor(line / g.measures.length), ((line % g.measures.length) + g.measures.length) % g.measures.length];
    const target = sources[ns] !== undefined && line >= 0 ? cellId(sources[ns]!, years[yi + step[1]] ?? -1, g.measures[nm]!) : '';
    const el = target ? document.getElementById(target) : null;
    if (el) {
      e.preventDefault();
      el.focus();
    }
  };

  return (
    <fieldset className="fieldset lines year-grid">
      <legend className="field__label">{label}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {rows.some((r) => r.estimated) ? <p className="field__hint">{t('actions.line.estimateHint', { marker: t('actions.line.estimate') })}</p> : null}
      {sources.length > 0 ? (
        <div className="table-scroll table-scroll--x" data-scroll-x>
          <table className="table table--plain table--edit year-grid__table">
            <caption className="visually-hidden">{t('actions.line.gridCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.line.source')}</th>
                {years.map((y) => (
                  <th key={y} scope="col" className="num">
                    {y}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('actions.line.total')}
                </th>
              </tr>
            </thead>
            {sources.map((source, s) => (
              <tbody key={source} className="year-grid__source">
                {g.measures.map((m, mi) => {
                  const sum = total(source, m);
                  return (
                    <tr key={m}>
                      <th scope="row">
                        {mi === 0 ? <span className="year-grid__name">{sourceName(source)}</span> : null}
                        <span className="year-grid__measure">{t(spec.columns[m]!.label)}</span>
                      </th>
                      {years.map((y, yi) => {
                        const i = indexOf(source, y);
                        const row = i >= 0 ? rows[i] : undefined;
                        const path = `${name}.${i}.${m}`;
                        const error = i >= 0 ? form.errors[path] : undefined;
                        const id = cellId(source, y, m);
                        const described = [error ? `${id}-error` : '', row?.estimated ? `${id}-est` : ''].filter(Boolean).join(' ');
                        return (
                          <td key={y} className={`num${row?.estimated ? ' year-grid__cell--estimate' : ''}`}>
                            <input
                              id={id}
                              className="input input--money"
                              inputMode="decimal"
                              aria-label={t('actions.line.cell', { source: sourceName(source), year: y, measure: t(spec.columns[m]!.label) })}
                              {...(error ? { 'aria-invalid': true as const } : {})}
                              {...(described ? { 'aria-describedby': described } : {})}
                              value={row?.[m] ?? ''}
                              onChange={(e) => setCell(source, y, m, e.target.value)}
                              onKeyDown={(e) => move(e, s, mi, yi)}
                              onBlur={() => (i >= 0 ? form.blur(path, g.measures.map((x) => `${name}.${i}.${x}`)) : undefined)}
                            />
                            {row?.estimated ? (
                              <span id={`${id}-est`} className="year-grid__estimate">
                                {t('actions.line.estimate')}
                              </span>
                            ) : null}
                            {error ? (
                              <>
                                <p className="field__error" id={`${id}-error`}>
                                  {error}
                                </p>
                                <Choices choices={form.choices[path]} onChoose={(text) => form.choose(path, text)} />
                              </>
                            ) : null}
                          </td>
                        );
                      })}
                      <td className="num year-grid__total">{sum === null ? '' : formatCents(sum, lng)}</td>
                    </tr>
                  );
                })}
                <tr>
                  <th scope="row">
                    <label htmlFor={form.idFor(`${name}.note.${source}`)}>{t('actions.line.note')}</label>
                  </th>
                  <td colSpan={years.length}>
                    {g.shared.map((k) => (
                      <input
                        key={k}
                        id={form.idFor(`${name}.note.${source}`)}
                        className="input"
                        value={rows.find((r) => r[g.by] === source && r[k]?.trim())?.[k] ?? ''}
                        onChange={(e) => setShared(source, k, e.target.value)}
                      />
                    ))}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="button button--small" onClick={() => remove(source)}>
                      {t('form.removeRow')}
                      <span className="visually-hidden"> {sourceName(source)}</span>
                    </button>
                  </td>
                </tr>
              </tbody>
            ))}
          </table>
        </div>
      ) : null}
      {unused.length > 0 ? (
        <div className="year-grid__add">
          <label htmlFor={form.idFor(`${name}.add`)} className="visually-hidden">
            {t('actions.line.sourceToAdd')}
          </label>
          <select id={form.idFor(`${name}.add`)} className="input select" value={toAdd} onChange={(e) => setAdding(e.target.value)}>
            {unused.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={add}>
            <PlusIcon size={14} />
            {t(spec.add)}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
