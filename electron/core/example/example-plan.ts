import type { Db, OpenOptions } from '../storage/connection';
import { createPlanFile } from '../storage/open-plan';
import { insertBuiltInFundingSources, insertPlan, listFundingSources } from '../storage/repos/plan-repo';
import { insertRow, newId, now } from '../storage/repos/rows';
import source from '../../../resources/example-plan/example-plan.json';
import type { ExampleSource } from './source-types';
import { addExampleVersions } from './example-version';

export const exampleFileName = 'Kymenlaakso S3 -esimerkki.s3plan';

const euros = (n: number) => Math.round(n * 100);

/** Writes the readable example source (resources/example-plan) into a new plan's tables. */
export function fillExample(db: Db, src: ExampleSource): void {
  const t = now();
  const stamp = { createdAt: t, updatedAt: t };
  insertPlan(db, { ...src.plan, vision: src.plan.vision, languages: src.plan.languages });
  insertBuiltInFundingSources(db, src.fundingSources);
  const sourceId = new Map(listFundingSources(db).map((f) => [f.kind as string, f.id]));

  const ids = new Map<string, string>();
  const idOf = (kind: string, key: string) => {
    const id = ids.get(`${kind}:${key}`);
    if (!id) throw new Error(`example plan: unknown ${kind} "${key}"`);
    return id;
  };
  const assign = (kind: string, key: string) => {
    const id = newId();
    ids.set(`${kind}:${key}`, id);
    return id;
  };
  const link = (table: string, cols: [string, string], owner: string, others: string[], kind: string) => {
    for (const o of others) insertRow(db, table, { [cols[0]]: owner, [cols[1]]: idOf(kind, o) });
  };

  src.sectors.forEach(({ key, ...s }, i) => {
    insertRow(db, 'sector', { id: assign('sector', key), ...s, sortOrder: i, archived: false, ...stamp });
  });

  for (const { key, engagements, example, notes, ...s } of src.stakeholders) {
    const id = assign('stakeholder', key);
    const marked = example && !notes.includes('esimerkki') ? `${notes}${notes ? ' ' : ''}(Esimerkkitieto.)` : notes;
    insertRow(db, 'stakeholder', { id, ...s, notes: marked, ...stamp });
    for (const e of engagements) {
      const sectorId = idOf('sector', e.sector);
      for (const h of e.history) {
        insertRow(db, 'engagement_history', { id: newId(), stakeholderId: id, sectorId, level: h.level, changedOn: h.date, createdAt: t });
      }
      const last = e.history[e.history.length - 1]!;
      insertRow(db, 'engagement', { stakeholderId: id, sectorId, level: last.level, changedOn: last.date, ...stamp });
    }
  }

  for (const { key, sectors, members, ...n } of src.networks) {
    const id = assign('network', key);
    insertRow(db, 'network', { id, ...n, ...stamp });
    link('network_sector', ['networkId', 'sectorId'], id, sectors, 'sector');
    link('network_member', ['networkId', 'stakeholderId'], id, members, 'stakeholder');
  }

  for (const a of src.actions) {
    const id = assign('action', a.key);
    insertRow(db, 'action', {
      id, title: a.title, type: a.type, leadStakeholderId: a.lead ? idOf('stakeholder', a.lead) : null,
      status: a.status, startDate: a.start, endDate: a.end, progress: a.progress, description: a.description, ...stamp,
    });
    link('action_sector', ['actionId', 'sectorId'], id, a.sectors, 'sector');
    link('action_partner', ['actionId', 'stakeholderId'], id, a.partners, 'stakeholder');
    link('action_network', ['actionId', 'networkId'], id, a.networks, 'network');
    for (const f of a.funding) {
      const fundingSourceId = sourceId.get(f.source);
      if (!fundingSourceId) throw new Error(`example plan: unknown funding source "${f.source}"`);
      insertRow(db, 'funding_line', {
        id: newId(), actionId: id, fundingSourceId,
        plannedCents: euros(f.planned), committedCents: euros(f.committed), spentCents: euros(f.spent), ...stamp,
      });
    }
    for (const m of a.milestones) {
      insertRow(db, 'milestone', { id: newId(), actionId: id, title: m.title, dueDate: m.due, doneDate: m.done, ...stamp });
    }
  }

  for (const i of src.indicators) {
    const id = assign('indicator', i.key);
    insertRow(db, 'indicator', {
      id, name: i.name, kind: i.kind, unit: i.unit,
      baselineValue: i.baseline.value, baselineYear: i.baseline.year, targetValue: i.target.value, targetYear: i.target.year,
      sectorId: i.sector ? idOf('sector', i.sector) : null, actionId: i.action ? idOf('action', i.action) : null, ...stamp,
    });
    for (const m of i.measurements) {
      insertRow(db, 'measurement', { id: newId(), indicatorId: id, value: m.value, measuredOn: m.date, source: m.source, ...stamp });
    }
  }

  for (const w of src.workshops) {
    const id = assign('workshop', w.key);
    insertRow(db, 'workshop', { id, title: w.title, heldOn: w.date, place: w.place, outcomes: w.outcomes, decisions: w.decisions, ...stamp });
    link('workshop_sector', ['workshopId', 'sectorId'], id, w.sectors, 'sector');
    link('workshop_participant', ['workshopId', 'stakeholderId'], id, w.participants, 'stakeholder');
    link('workshop_action', ['workshopId', 'actionId'], id, w.actions, 'action');
  }

  addExampleVersions(db, src.versions ?? []);
}

/** Creates the example plan as a new file (never edited inside the app bundle); open it with openPlan. */
export function writeExamplePlan(file: string, options: OpenOptions = {}): void {
  createPlanFile(file, (db) => fillExample(db, source as ExampleSource), options);
}
