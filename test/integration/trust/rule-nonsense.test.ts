// Rule "nonsense refused or questioned" (issue 13): values no plan can mean are refused at the
// field, through the same contract schema the renderer's forms check as the user types; values
// that are unusual but may be right are questioned, and saved once the user confirms them. Each
// refusal changes nothing (every table and the undo depth compared) and comes with a message
// in English and Finnish that names the problem.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError, ValidationIssue } from '../../../shared/contract/errors';
import { channels, type ChannelName } from '../../../shared/contract/channels';
import { describeIssue } from '../../../renderer/src/errors/describe';
import type { TestCore } from '../../helpers/core';
import { translator } from '../../helpers/i18n';
import { expectRefused, planCore, seed, type Seeded } from '../handlers/helpers';

let t: TestCore;
let s: Seeded;
beforeEach(async () => {
  t = await planCore();
  s = await seed(t);
});
afterEach(() => t.close());

const en = translator('en');
const fi = translator('fi');
/** What a generic message says: a refusal must say more than this. */
const generic = [en('validation.custom.other'), en('validation.unknown'), en('validation.invalidType'), en('validation.invalidFormat')];

/**
 * Refused by the core with one issue at `path` whose message (a custom key or a question) is
 * `key`; the same input is refused by the contract schema the renderer checks; the message
 * reads differently in English and Finnish and is not a generic one. Returns the English text.
 */
async function refused(channel: ChannelName, input: unknown, path: string, key: string, needle?: RegExp): Promise<string> {
  const error: AppError = await expectRefused(t, channel, input);
  expect(error.kind, JSON.stringify(error)).toBe('validation');
  const issues = (error as { issues: ValidationIssue[] }).issues;
  const issue = issues.find((i) => i.path === path);
  expect(issue, `${channel}: no issue at ${path} in ${JSON.stringify(issues)}`).toBeDefined();
  expect(String(issue!.params?.question ?? issue!.params?.message)).toBe(key);
  const textEn = describeIssue(en, issue!, 'en');
  const textFi = describeIssue(fi, issue!, 'fi');
  expect(generic).not.toContain(textEn);
  expect(textFi).not.toBe(textEn);
  expect(textFi).not.toMatch(/^validation\./);
  if (needle) expect(textEn).toMatch(needle);
  // The renderer's forms check the same schema before sending (merged updates excepted).
  if (!channel.endsWith('.update')) expect(channels[channel].input.safeParse(input).success).toBe(false);
  return textEn;
}

describe('nonsense refused at the field', () => {
  it('an indicator whose target year is before its baseline year', async () => {
    const text = await refused('indicator.create', { name: 'TKI-hankkeet', kind: 'output', baselineValue: 3, baselineYear: 2027, targetValue: 20, targetYear: 2021 }, 'targetYear', 'targetBeforeBaseline', /2027/);
    expect(text).toMatch(/target year/i);
    // A partial update is checked against the stored baseline year (2021).
    const i = await t.call('indicator.get', { id: s.indicator.id });
    await refused('indicator.update', { id: i.id, expectedUpdatedAt: i.updatedAt, targetYear: 2020 }, 'targetYear', 'targetBeforeBaseline');
    // The same year for both is fine (a one-year target).
    await t.call('indicator.update', { id: i.id, expectedUpdatedAt: i.updatedAt, targetYear: 2021 });
  });

  it('years outside 1900–2100, in year fields and in dates', async () => {
    const plan = await t.call('plan.get', {});
    await refused('plan.update', { expectedUpdatedAt: plan.updatedAt, periodStart: 1899 }, 'periodStart', 'yearOutOfRange', /1900/);
    await refused('plan.update', { expectedUpdatedAt: plan.updatedAt, periodEnd: 2101 }, 'periodEnd', 'yearOutOfRange', /2100/);
    await refused('indicator.create', { name: 'X', kind: 'output', baselineYear: 2101 }, 'baselineYear', 'yearOutOfRange');
    await refused('action.create', { title: 'Typo in the year', type: 'project', startDate: '0202-05-01' }, 'startDate', 'yearOutOfRange', /1900/);
    await refused('measurement.add', { indicatorId: s.indicator.id, value: 5, measuredOn: '2202-12-31' }, 'measuredOn', 'yearOutOfRange');
    await refused('workshop.create', { title: 'Työpaja', heldOn: '1899-12-31' }, 'heldOn', 'yearOutOfRange');
    await refused('engagement.set', { stakeholderId: s.prizztech.id, sectorId: s.bio.id, level: 'leading', changedOn: '9999-01-01' }, 'changedOn', 'yearOutOfRange');
    // Inside the range is fine, also before 1990 (long statistical series).
    await t.call('indicator.create', { name: 'Väkiluku', kind: 'result', baselineValue: 180_000, baselineYear: 1950, targetValue: 170_000, targetYear: 2027 });
  });

  it('duplicate plan languages', async () => {
    const plan = await t.call('plan.get', {});
    await refused('plan.update', { expectedUpdatedAt: plan.updatedAt, languages: ['fi', 'en', 'fi'] }, 'languages.2', 'duplicateLanguage');
    await refused('plan.create', { path: `${t.dir}/other.s3plan`, fields: { name: 'P', region: 'R', periodStart: 2021, periodEnd: 2027, languages: ['sv', 'sv'] } }, 'fields.languages.1', 'duplicateLanguage');
  });

  it('duplicate vote options, in the agenda and in the recorded votes', async () => {
    await refused('agenda.add', { workshopId: s.workshop.id, kind: 'vote', title: 'Mikä ensin?', options: ['Kyllä', 'Ei', ' kyllä '] }, 'options.2', 'duplicateOption', /Kyllä|kyllä/);
    await refused(
      'capture.add',
      { workshopId: s.workshop.id, kind: 'vote', data: { votes: [{ option: 'Kyllä', count: 3 }, { option: 'KYLLÄ', count: 2 }] } },
      'data.votes.1.option',
      'duplicateOption',
    );
    const item = await t.call('agenda.add', { workshopId: s.workshop.id, kind: 'vote', title: 'Mikä ensin?', options: ['Kyllä', 'Ei'] });
    await refused('agenda.update', { id: item.id, expectedUpdatedAt: item.updatedAt, options: ['Ei', 'Kyllä', 'Ei'] }, 'options.2', 'duplicateOption');
  });

  it('zero-width and text-direction control characters in names', async () => {
    await refused('sector.create', { name: 'Bio\u200btalous' }, 'name', 'hiddenCharacters', /hidden|invisible/i);
    await refused('stakeholder.create', { name: 'Prizztech Oy\u202e', helix: 'business', type: 'sme' }, 'name', 'hiddenCharacters');
    await refused('action.create', { title: '\u2066SIXNET\u2069', type: 'project' }, 'title', 'hiddenCharacters');
    await refused('network.create', { name: 'TE\ufeffKEL', scope: 'national', membership: 'member' }, 'name', 'hiddenCharacters');
    const sector = await t.call('sector.get', { id: s.bio.id });
    await refused('sector.update', { id: sector.id, expectedUpdatedAt: sector.updatedAt, name: 'Bio\u200dtalous' }, 'name', 'hiddenCharacters');
    // Letters of other scripts, and marks that are part of the text, are not hidden characters.
    await t.call('sector.create', { name: 'Ääni ja kuva – Åbo' });
  });

  it('a website that is not an http or https address', async () => {
    for (const website of ['prizztech.fi', 'www.prizztech.fi', 'javascript:alert(1)', 'ftp://files.example.fi', 'https://', 'mailto:info@prizztech.fi']) {
      await refused('stakeholder.create', { name: `S ${website}`, helix: 'business', type: 'sme', website }, 'website', 'websiteNotUrl', /https:\/\//);
    }
    await refused('network.create', { name: 'TEKEL 2', scope: 'national', membership: 'member', website: 'tekel.fi' }, 'website', 'websiteNotUrl');
    const n = await t.call('network.get', { id: s.tekel.id });
    await refused('network.update', { id: n.id, expectedUpdatedAt: n.updatedAt, website: 'tekel.fi' }, 'website', 'websiteNotUrl');
    for (const website of ['https://prizztech.fi', 'http://www.example.fi/path?q=1', '']) {
      await t.call('stakeholder.create', { name: `OK ${website}`, helix: 'business', type: 'sme', website });
    }
  });
});

describe('unusual values questioned, and saved once confirmed', () => {
  it('a university under the business helix', async () => {
    const text = await refused('stakeholder.create', { name: 'Aalto-yliopisto', helix: 'business', type: 'university' }, 'type', 'helixType');
    expect(text).toMatch(/university/i);
    expect(text).toMatch(/business/i);
    // Confirmed: saved as typed.
    const aalto = await t.call('stakeholder.create', { name: 'Aalto-yliopisto', helix: 'business', type: 'university', accepted: ['helixType'] });
    expect(aalto).toMatchObject({ helix: 'business', type: 'university' });
    // Other academic types too, and when an update changes the pair.
    await refused('stakeholder.create', { name: 'VTT', helix: 'business', type: 'research_institute' }, 'type', 'helixType');
    const p = await t.call('stakeholder.get', { id: s.prizztech.id });
    await refused('stakeholder.update', { id: p.id, expectedUpdatedAt: p.updatedAt, type: 'uas' }, 'type', 'helixType');
    // An update that leaves an accepted pair as it is asks nothing again.
    const a = await t.call('stakeholder.get', { id: aalto.id });
    await t.call('stakeholder.update', { id: a.id, expectedUpdatedAt: a.updatedAt, name: 'Aalto-yliopisto (test)' });
    // Usual pairs are not questioned.
    await t.call('stakeholder.create', { name: 'Kotkan lukio', helix: 'academia', type: 'vocational_school' });
  });

  it('milestones outside the action\'s dates', async () => {
    const base = { title: 'Hanke', type: 'project' as const, startDate: '2022-01-01', endDate: '2023-12-31' };
    const text = await refused('action.create', { ...base, milestones: [{ title: 'Loppuraportti', dueDate: '2024-02-28' }] }, 'milestones.0.dueDate', 'milestoneOutsideAction', /31 Dec 2023|2023/);
    expect(text).toMatch(/milestone/i);
    await refused('action.create', { ...base, milestones: [{ title: 'Ennen alkua', dueDate: '2021-12-31' }] }, 'milestones.0.dueDate', 'milestoneOutsideAction');
    // Confirmed (a final report due after the project is common): saved.
    const saved = await t.call('action.create', { ...base, milestones: [{ title: 'Loppuraportti', dueDate: '2024-02-28' }], accepted: ['milestoneOutsideAction'] });
    // Moving the action's dates so that a stored milestone falls outside is questioned too.
    const a = await t.call('action.get', { id: s.action.id });
    await refused('action.update', { id: a.id, expectedUpdatedAt: a.updatedAt, startDate: '2022-06-01' }, 'milestones.0.dueDate', 'milestoneOutsideAction');
    expect(saved.endDate).toBe('2023-12-31');
  });
});
