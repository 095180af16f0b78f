import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../shared/domain/import/mapping';
import type { ImportTarget } from '../../../shared/domain/import/fields';

/**
 * Header rows as real files write them (national structural-funds lists, programme exports in
 * English, Swedish registers, a council's own sheets), and the field each column is proposed
 * for. null: no field (the column is ignored unless the user picks one). Columns that name
 * things with no field here (a project code, a business ID, a co-financing rate) stay out of
 * these rows except where the test is that they are NOT taken for something else.
 */
const rows: [string, ImportTarget, [string, string | null][]][] = [
  ['a Finnish project list with compound dates and money', 'actions', [
    ['Hankkeen nimi', 'title'], ['Toteuttajan nimi', 'lead'], ['Aloituspvm', 'startDate'], ['Päättymispvm', 'endDate'],
    ['Kokonaisbudjetti', 'plannedCents'], ['EU-tuki', 'committedCents'], ['Rahasto', 'fundingSource'], ['Tila', 'status'], ['Hankkeen kuvaus', 'description'],
  ]],
  ['a council action sheet: responsible party, EAKR amount, "Budjetti (€)"', 'actions', [
    ['Toimenpiteen nimi', 'title'], ['Vastuutaho', 'lead'], ['Alkamispvm', 'startDate'], ['Päättymispvm', 'endDate'],
    ['Budjetti (€)', 'plannedCents'], ['EAKR', 'committedCents'], ['Rahoituslähde', 'fundingSource'], ['Tila', 'status'], ['Lisätiedot', 'description'],
  ]],
  ['public funding when there is no EU column; a decision date is not the start', 'actions', [
    ['Hanke', 'title'], ['Päätöspvm', null], ['Alkupvm', 'startDate'], ['Loppupvm', 'endDate'], ['Julkinen rahoitus', 'committedCents'], ['Toteutuneet kustannukset', 'spentCents'],
  ]],
  ['an English programme list: acronym, name, lead partner, budget and EU contribution', 'actions', [
    ['Project acronym', null], ['Project name', 'title'], ['Lead partner', 'lead'], ['Start date', 'startDate'], ['End date', 'endDate'],
    ['Total budget', 'plannedCents'], ['EU contribution', 'committedCents'], ['Fund', 'fundingSource'], ['Status', 'status'], ['Project summary', 'description'],
  ]],
  ['a Kohesio-style operation list', 'actions', [
    ['Operation name', 'title'], ['Operation summary', 'description'], ['Beneficiary name', 'lead'], ['Operation start date', 'startDate'],
    ['Operation end date', 'endDate'], ['Total eligible expenditure', 'plannedCents'], ['Union co-financing rate', null], ['Fund', 'fundingSource'],
  ]],
  // The code is the action's reference (one column per field: the first of them).
  ['a project code or number is the reference, not the title', 'actions', [['Project ID', 'reference'], ['Project number', null], ['Project title', 'title']]],
  ['a Finnish project list with its code and the implementer’s business ID', 'actions', [['Hankekoodi', 'reference'], ['Hankkeen nimi', 'title'], ['Toteuttajan nimi', 'lead'], ['Y-tunnus', null]]],
  ['the same list as stakeholders: the business ID is the reference', 'stakeholders', [['Hankekoodi', null], ['Hankkeen nimi', null], ['Toteuttajan nimi', 'name'], ['Y-tunnus', 'reference']]],
  ['a Swedish project list', 'actions', [
    ['Projektnamn', 'title'], ['Stödmottagare', 'lead'], ['Startdatum', 'startDate'], ['Slutdatum', 'endDate'], ['Totalbudget', 'plannedCents'],
    ['EU-stöd', 'committedCents'], ['Fond', 'fundingSource'], ['Status', 'status'], ['Beskrivning', 'description'],
  ]],
  ['Finnish stakeholders with abbreviations ("Puh.")', 'stakeholders', [
    ['Organisaation nimi', 'name'], ['Yhteyshenkilö', 'contactName'], ['Sähköposti', 'contactEmail'], ['Puh.', 'contactPhone'],
    ['Kotikunta', 'municipality'], ['Kokoluokka', 'size'], ['Neloskierre', 'helix'],
  ]],
  ['Swedish stakeholders', 'stakeholders', [
    ['Organisation', 'name'], ['Kontaktperson', 'contactName'], ['E-post', 'contactEmail'], ['Telefon', 'contactPhone'], ['Kommun', 'municipality'], ['Webbplats', 'website'], ['Typ', 'type'],
  ]],
  ['a project list read as stakeholders: the project title is not the stakeholder name', 'stakeholders', [['Hankkeen nimi', null], ['Kunta', 'municipality'], ['Aloituspvm', null]]],
  ['an English project list read as stakeholders', 'stakeholders', [['Project name', null], ['Project acronym', null], ['City', 'municipality']]],
  ['the implementer beside the title, as stakeholders', 'stakeholders', [['Hankkeen nimi', null], ['Toteuttajan nimi', 'name'], ['Kontaktperson', 'contactName']]],
  ['Finnish indicators with a unit in the header', 'indicators', [
    ['Mittari', 'name'], ['Yksikkö', 'unit'], ['Lähtötaso', 'baselineValue'], ['Lähtövuosi', 'baselineYear'], ['Tavoite (kpl)', 'targetValue'], ['Tavoitevuosi', 'targetYear'],
  ]],
  ['measurements as counts ("lkm", "pvm")', 'measurements', [['Mittari', 'indicator'], ['Pvm', 'measuredOn'], ['Lkm', 'value']]],
  ['measurements as pieces ("kpl")', 'measurements', [['Indikaattori', 'indicator'], ['Mittauspäivä', 'measuredOn'], ['Kpl', 'value']]],
  ['Swedish measurements', 'measurements', [['Indikator', 'indicator'], ['Datum', 'measuredOn'], ['Antal', 'value']]],
  ['English measurements', 'measurements', [['Indicator', 'indicator'], ['Date', 'measuredOn'], ['Count', 'value']]],
];

describe('header proposals for real header rows', () => {
  it.each(rows)('%s', (_, target, columns) => {
    const proposed = proposeMapping(target, columns.map(([h]) => h));
    expect(Object.fromEntries(columns.map(([h], i) => [h, proposed[i]]))).toEqual(Object.fromEntries(columns));
  });
});
