/**
 * What each import target can take, and the header names (English, Finnish, Swedish; folded)
 * the mapping step proposes each field from. Field keys are the plan's own words; the renderer
 * labels them with `import.field.<target>.<key>` (or the entity's existing form labels).
 */
import type { EnumName } from './values';
import { limits } from '../../schemas/common';

export const importTargets = ['sectors', 'stakeholders', 'networks', 'actions', 'indicators', 'measurements', 'fundingSources'] as const;
export type ImportTarget = (typeof importTargets)[number];

export type FieldKind =
  | 'id' | 'name' | 'text' | 'email' | 'enum' | 'sectors' | 'sector' | 'stakeholder' | 'stakeholders'
  | 'networks' | 'action' | 'indicator' | 'date' | 'percent' | 'cents' | 'number' | 'year' | 'fundingSource';

export interface FieldDef {
  key: string;
  kind: FieldKind;
  enum?: EnumName;
  /** A row without it is a bad row; a mapping without it cannot be imported. */
  required?: boolean;
  /** Header names, folded (lowercase, no accents); the first is what an export writes. */
  headers: readonly string[];
  /** Longest text the plan takes. */
  max?: number;
  /**
   * Header phrases (folded) that name another thing: a header containing one is never proposed
   * for this field ("Hankkeen nimi" is the project's title, not a stakeholder's name; "Project
   * acronym" and "Project ID" are not the title).
   */
  unlike?: readonly string[];
}

const id: FieldDef = { key: 'id', kind: 'id', headers: ['id', 'tunniste', 'uuid'] };
const sectors: FieldDef = {
  key: 'sectors', kind: 'sectors',
  headers: ['sectors', 'sector', 'toimiala', 'toimialat', 'karkiala', 'karkialat', 'painopiste', 'painopisteet', 'painopistealue', 'priority area', 'spearhead sector', 'sektor', 'sektorer', 'priority', 'priorities', 'thematic area', 'smart specialisation area', 'smart specialisation priority', 'ris3 priority', 's3 priority', 'alykkaan erikoistumisen painopiste', 'spetsomrade', 'spetsomraden'],
};
const description = (extra: string[] = []): FieldDef => ({
  key: 'description', kind: 'text', max: 20_000, headers: ['description', 'kuvaus', 'lisatiedot', 'beskrivning', 'summary', 'tiivistelma', 'sammanfattning', 'project summary', 'operation summary', 'hankkeen kuvaus', 'hankekuvaus', 'projektbeskrivning', ...extra],
});
/**
 * An external reference (a project code, a business ID): also the match key of a re-import, so
 * two rows with the same name and different references are two items.
 */
const reference = (headers: string[]): FieldDef => ({ key: 'reference', kind: 'text', max: 100, headers: ['reference', 'viite', 'viitetunnus', 'referens', ...headers] });
const website: FieldDef = { key: 'website', kind: 'text', max: 2000, headers: ['website', 'verkkosivu', 'verkkosivut', 'www', 'url', 'kotisivu', 'webbplats', 'web'] };

export const importFields: Record<ImportTarget, readonly FieldDef[]> = {
  sectors: [
    id,
    { key: 'name', kind: 'name', required: true, max: limits.name, headers: ['name', 'nimi', 'sector', 'toimiala', 'karkiala', 'painopiste', 'painopistealue', 'priority', 'priority area', 'spearhead sector', 'smart specialisation priority', 'thematic area', 'sektor', 'namn', 'spetsomrade', 'prioritering', 'karkialan nimi', 'painopisteen nimi', 'priority name'] },
    description(['selite', 'description of the priority', 'kuvaus painopisteesta']),
    { key: 'rationale', kind: 'text', max: 20_000, headers: ['rationale', 'perustelu', 'perustelut', 'justification', 'motivering', 'why', 'miksi'] },
    { key: 'naceCodes', kind: 'text', max: 100, headers: ['nace codes', 'tol/nace-koodit', 'nace', 'nace code', 'nace-koodit', 'nace-koodi', 'toimialakoodit', 'toimialaluokitus', 'tol', 'tol 2008', 'nace-koder', 'nace-kod'] },
    { key: 'economicDomain', kind: 'text', max: 100, headers: ['economic domain', 'taloudellinen toimiala', 'elinkeinoala', 'talouden ala', 'taloudellinen ala', 'ekonomisk doman', 'ekonomiskt omrade', 'economic domains'] },
    { key: 'scientificDomain', kind: 'text', max: 100, headers: ['scientific domain', 'tieteenala', 'tutkimusala', 'vetenskapligt omrade', 'vetenskaplig doman', 'scientific domains'] },
    { key: 'policyObjective', kind: 'text', max: 100, headers: ['policy objective', 'politiikkatavoite', 'toimintapoliittinen tavoite', 'tavoite', 'politiskt mal', 'policy objectives'] },
  ],
  stakeholders: [
    id,
    { key: 'name', kind: 'name', required: true, max: limits.name, headers: ['name', 'nimi', 'organisaatio', 'toimija', 'sidosryhma', 'organisation', 'organization', 'stakeholder', 'namn', 'organisaation nimi', 'yrityksen nimi', 'toteuttaja', 'toteuttajan nimi', 'hakija', 'hakijan nimi', 'tuensaaja', 'tuensaajan nimi', 'organisation name', 'organization name', 'company', 'company name', 'beneficiary', 'beneficiary name', 'partner name', 'organisationens namn', 'stodmottagare'],
      unlike: ['hankkeen nimi', 'hanke', 'projektin nimi', 'projekti', 'project', 'project name', 'project title', 'operation', 'operation name', 'toimenpide', 'toimenpiteen nimi', 'projektnamn', 'acronym', 'lyhenne'] },
    reference(['y-tunnus', 'ytunnus', 'y tunnus', 'business id', 'business id code', 'company id', 'organisation number', 'organization number', 'registration number', 'vat number', 'fo-nummer', 'fo nummer', 'organisationsnummer', 'yritystunnus', 'toteuttajan y-tunnus', 'hakijan y-tunnus', 'tuensaajan y-tunnus']),
    { key: 'helix', kind: 'enum', enum: 'helix', headers: ['helix', 'neloskierre', 'kierre', 'helix-ryhma', 'quadruple helix', 'sektori', 'helix group', 'osapuoli', 'neloskierteen osapuoli'] },
    { key: 'type', kind: 'enum', enum: 'stakeholderType', headers: ['type', 'tyyppi', 'organisaatiotyyppi', 'toimijatyyppi', 'typ', 'organisation type'] },
    { key: 'size', kind: 'enum', enum: 'size', headers: ['size', 'koko', 'kokoluokka', 'yrityksen koko', 'storlek'] },
    { key: 'municipality', kind: 'text', max: 100, headers: ['municipality', 'kunta', 'kotikunta', 'sijainti', 'paikkakunta', 'kaupunki', 'location', 'city', 'kommun', 'ort'] },
    website,
    { key: 'contactName', kind: 'text', max: limits.name, headers: ['contact', 'contact name', 'contact person', 'yhteyshenkilo', 'kontaktperson', 'yhteyshenkilon nimi', 'kontaktperson namn', 'kontaktpersonens namn'] },
    { key: 'contactEmail', kind: 'email', max: limits.name, headers: ['email', 'e-mail', 'contact email', 'sahkoposti', 'yhteyshenkilon sahkoposti', 'e-post', 's-posti'] },
    { key: 'contactPhone', kind: 'text', max: 100, headers: ['phone', 'contact phone', 'puhelin', 'puhelinnumero', 'puh', 'telefon', 'telefonnummer', 'phone number', 'tel'] },
    { key: 'notes', kind: 'text', max: 20_000, headers: ['notes', 'muistiinpanot', 'huomiot', 'lisatiedot', 'kommentit', 'anteckningar'] },
    sectors,
    { key: 'engagementLevel', kind: 'enum', enum: 'engagement', headers: ['engagement', 'engagement level', 'sitoutuminen', 'sitoutumisaste', 'sitoutumisen taso', 'engagemang', 'engagemangsniva'] },
    { key: 'engagedOn', kind: 'date', headers: ['engaged on', 'engagement date', 'sitoutumisen pvm', 'sitoutumispaiva', 'engagerad den'] },
  ],
  networks: [
    id,
    { key: 'name', kind: 'name', required: true, max: limits.name, headers: ['name', 'nimi', 'verkosto', 'network', 'kumppanuus', 'natverk', 'namn'] },
    { key: 'scope', kind: 'enum', enum: 'scope', required: true, headers: ['scope', 'taso', 'laajuus', 'ulottuvuus', 'alue', 'niva', 'omfattning'] },
    { key: 'membership', kind: 'enum', enum: 'membership', headers: ['membership', 'jasenyys', 'rooli', 'asema', 'status', 'medlemskap'] },
    description(),
    website,
    sectors,
    { key: 'members', kind: 'stakeholders', headers: ['members', 'jasenet', 'toimijat', 'osallistujat', 'participants', 'medlemmar'] },
  ],
  actions: [
    id,
    { key: 'title', kind: 'name', required: true, max: limits.name, headers: ['title', 'name', 'nimi', 'otsikko', 'hanke', 'hankkeen nimi', 'toimenpide', 'action', 'project', 'titel', 'namn', 'projektin nimi', 'toimenpiteen nimi', 'project title', 'project name', 'operation name', 'name of operation', 'title of the project', 'projektnamn', 'projekttitel', 'rubrik'],
      unlike: ['acronym', 'lyhenne', 'akronym', 'id', 'code', 'koodi', 'number', 'numero', 'nro', 'tunnus', 'kod', 'nummer'] },
    reference(['project code', 'hankekoodi', 'hankenumero', 'hankkeen numero', 'hankkeen koodi', 'hanketunnus', 'diaarinumero', 'diaari', 'dnro', 'projektkod', 'projektnummer', 'diarienummer', 'project id', 'project number', 'project reference', 'operation code', 'operation id', 'grant agreement number', 'code', 'koodi', 'kod']),
    { key: 'type', kind: 'enum', enum: 'actionType', headers: ['type', 'tyyppi', 'toimenpidetyyppi', 'typ'] },
    { key: 'lead', kind: 'stakeholder', headers: ['lead', 'lead organisation', 'lead organization', 'vetaja', 'toteuttaja', 'hallinnoija', 'paatoteuttaja', 'koordinaattori', 'coordinator', 'huvudman', 'toteuttajan nimi', 'vetajan nimi', 'hallinnoijan nimi', 'paatoteuttajan nimi', 'koordinaattorin nimi', 'hakija', 'tuensaaja', 'lead partner', 'lead beneficiary', 'beneficiary', 'beneficiary name', 'project lead', 'projektagare', 'vastuutaho', 'vastuuorganisaatio', 'stodmottagare', 'lead applicant', 'stodmottagarens namn', 'vetajaorganisaatio', 'huvudansvarig', 'huvudansvarig organisation'] },
    { key: 'partners', kind: 'stakeholders', headers: ['partners', 'kumppanit', 'osatoteuttajat', 'yhteistyokumppanit', 'partner', 'partners organisations'] },
    sectors,
    { key: 'networks', kind: 'networks', headers: ['networks', 'verkostot', 'network', 'verkosto', 'natverk'] },
    { key: 'status', kind: 'enum', enum: 'status', headers: ['status', 'tila', 'vaihe', 'tilanne'] },
    { key: 'startDate', kind: 'date', headers: ['start', 'start date', 'alkupvm', 'alkupaiva', 'aloituspaiva', 'alkaa', 'alku', 'aloitus', 'startdatum', 'begins', 'alkamispaiva', 'hankkeen alkamispvm', 'project start', 'start date of operation', 'startdate', 'operation start date', 'alkamispvm', 'aloituspvm'] },
    { key: 'endDate', kind: 'date', headers: ['end', 'end date', 'loppupvm', 'loppupaiva', 'paattymispaiva', 'paattyy', 'loppu', 'paattyminen', 'slutdatum', 'ends', 'hankkeen paattymispvm', 'project end', 'end date of operation', 'enddate', 'operation end date', 'paattymispvm'] },
    { key: 'progress', kind: 'percent', headers: ['progress', 'edistyminen', 'valmiusaste', 'eteneminen', 'valmius %', 'progress %', 'framsteg'] },
    description(),
    { key: 'fundingSource', kind: 'fundingSource', headers: ['funding source', 'funding', 'rahoituslahde', 'rahoitus', 'rahoittaja', 'rahasto', 'fund', 'finansiering', 'fond', 'finansieringskalla'] },
    {
      key: 'plannedCents', kind: 'cents',
      headers: ['planned', 'budget', 'budget €', 'planned €', 'budjetti', 'budjetti €', 'budjetti eur', 'kokonaisbudjetti', 'suunniteltu', 'suunniteltu €', 'kustannusarvio', 'rahoitus suunniteltu', 'budget planned', 'total budget', 'total cost', 'total costs', 'total eligible cost', 'total eligible costs', 'total eligible expenditure', 'hyvaksytyt kustannukset', 'kokonaiskustannukset', 'totalbudget', 'total budget €', 'kokonaisbudjetti €', 'budget total', 'total project budget', 'hankkeen budjetti', 'kustannukset yhteensa', 'total kostnad', 'planerat', 'planerat €'],
    },
    { key: 'committedCents', kind: 'cents', headers: ['committed', 'committed €', 'sidottu', 'sidottu €', 'myonnetty', 'myonnetty €', 'rahoitus sidottu', 'beviljat', 'eu-tuki', 'eu contribution', 'eu-stod', 'eakr', 'eakr-tuki', 'erdf', 'erdf contribution', 'eu funding', 'eu co-financing', 'myonnetty tuki', 'myonnetty rahoitus', 'beviljat stod', 'julkinen rahoitus', 'public funding', 'offentlig finansiering'] },
    { key: 'spentCents', kind: 'cents', headers: ['spent', 'spent €', 'kaytetty', 'kaytetty €', 'toteutunut', 'toteutuneet kustannukset', 'rahoitus kaytetty', 'forbrukat', 'anvant', 'anvant €'] },
  ],
  indicators: [
    id,
    { key: 'name', kind: 'name', required: true, max: limits.name, headers: ['name', 'nimi', 'indicator', 'mittari', 'indikaattori', 'indikator', 'namn'] },
    { key: 'kind', kind: 'enum', enum: 'indicatorKind', headers: ['kind', 'type', 'laji', 'tyyppi', 'mittarin tyyppi', 'typ', 'slag'] },
    { key: 'unit', kind: 'text', max: 100, headers: ['unit', 'yksikko', 'mittayksikko', 'enhet'] },
    { key: 'baselineValue', kind: 'number', headers: ['baseline', 'baseline value', 'lahtotaso', 'lahtoarvo', 'perustaso', 'utgangsvarde'] },
    { key: 'baselineYear', kind: 'year', headers: ['baseline year', 'lahtotason vuosi', 'lahtovuosi', 'perusvuosi', 'utgangsar'] },
    { key: 'targetValue', kind: 'number', headers: ['target', 'target value', 'tavoite', 'tavoitearvo', 'tavoitetaso', 'malvarde'] },
    { key: 'targetYear', kind: 'year', headers: ['target year', 'tavoitevuosi', 'tavoitteen vuosi', 'malar'] },
    { key: 'sector', kind: 'sector', headers: ['sector', 'toimiala', 'karkiala', 'painopiste', 'sektor', 'spetsomrade'] },
    { key: 'action', kind: 'action', headers: ['action', 'toimenpide', 'hanke', 'project', 'atgard'] },
  ],
  measurements: [
    { key: 'indicator', kind: 'indicator', required: true, headers: ['indicator', 'mittari', 'indikaattori', 'indikator', 'name', 'nimi'] },
    { key: 'value', kind: 'number', required: true, headers: ['value', 'arvo', 'mittaustulos', 'tulos', 'lukema', 'varde', 'lkm', 'lukumaara', 'kpl', 'maara', 'antal', 'count', 'number', 'amount'] },
    { key: 'measuredOn', kind: 'date', required: true, headers: ['date', 'measured on', 'pvm', 'paivamaara', 'mittauspaiva', 'ajankohta', 'datum'] },
    { key: 'source', kind: 'text', max: 1000, headers: ['source', 'lahde', 'tietolahde', 'kalla'] },
  ],
  // A funding source is a name: a built-in one ("EAKR", "Just Transition Fund") is found by its words, any other is a custom source.
  fundingSources: [
    { key: 'name', kind: 'name', required: true, max: limits.name, headers: ['name', 'nimi', 'funding source', 'rahoituslahde', 'rahoitus', 'rahoittaja', 'rahasto', 'fund', 'funding', 'instrument', 'ohjelma', 'programme', 'program', 'finansieringskalla', 'finansiering', 'fond', 'namn'] },
  ],
};

/** The field that names a row (what add/update matching and "duplicated in the file" use). */
export const nameField: Record<ImportTarget, string> = {
  sectors: 'name', fundingSources: 'name', stakeholders: 'name', networks: 'name', actions: 'title', indicators: 'name', measurements: 'indicator',
};
