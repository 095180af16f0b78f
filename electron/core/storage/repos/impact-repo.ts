import type { Db } from '../connection';
import type { Impact, ImpactEffect, ImpactEntity } from '../../../../shared/schemas/impact';
import { impactKinds } from '../../../../shared/schemas/impact';
import { requireRow } from './versions';

type Effect = ImpactEffect['effect'];
type Count = [what: ImpactEffect['what'], effect: Effect, sql: string];

/**
 * What deleting a thing would remove with it (the schema's ON DELETE CASCADE), unlink from it
 * (links go, the linked things stay; a lead becomes "no lead") or what blocks the delete. Each
 * query takes the id once. Kept beside the schema's ON DELETE rules it mirrors.
 */
const counts: Record<ImpactEntity, Count[]> = {
  sector: [
    ['engagement', 'removes', 'SELECT count(*) FROM engagement WHERE sector_id = ?'],
    ['engagementChange', 'removes', 'SELECT count(*) FROM engagement_history WHERE sector_id = ?'],
    ['indicator', 'removes', 'SELECT count(*) FROM indicator WHERE sector_id = ?'],
    ['measurement', 'removes', 'SELECT count(*) FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE i.sector_id = ?'],
    ['networkLink', 'unlinks', 'SELECT count(*) FROM network_sector WHERE sector_id = ?'],
    ['actionLink', 'unlinks', 'SELECT count(*) FROM action_sector WHERE sector_id = ?'],
    ['workshopLink', 'unlinks', 'SELECT count(*) FROM workshop_sector WHERE sector_id = ?'],
    ['decisionLink', 'unlinks', 'SELECT count(*) FROM decision_sector WHERE sector_id = ?'],
  ],
  stakeholder: [
    ['engagement', 'removes', 'SELECT count(*) FROM engagement WHERE stakeholder_id = ?'],
    ['engagementChange', 'removes', 'SELECT count(*) FROM engagement_history WHERE stakeholder_id = ?'],
    ['networkLink', 'unlinks', 'SELECT count(*) FROM network_member WHERE stakeholder_id = ?'],
    ['actionLead', 'unlinks', 'SELECT count(*) FROM action WHERE lead_stakeholder_id = ?'],
    ['actionPartner', 'unlinks', 'SELECT count(*) FROM action_partner WHERE stakeholder_id = ?'],
    ['workshopLink', 'unlinks', 'SELECT count(*) FROM workshop_participant WHERE stakeholder_id = ?'],
  ],
  network: [
    ['sectorLink', 'unlinks', 'SELECT count(*) FROM network_sector WHERE network_id = ?'],
    ['memberLink', 'unlinks', 'SELECT count(*) FROM network_member WHERE network_id = ?'],
    ['actionLink', 'unlinks', 'SELECT count(*) FROM action_network WHERE network_id = ?'],
  ],
  action: [
    ['indicator', 'removes', 'SELECT count(*) FROM indicator WHERE action_id = ?'],
    ['measurement', 'removes', 'SELECT count(*) FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE i.action_id = ?'],
    ['fundingLine', 'removes', 'SELECT count(*) FROM funding_line WHERE action_id = ?'],
    ['milestone', 'removes', 'SELECT count(*) FROM milestone WHERE action_id = ?'],
    ['sectorLink', 'unlinks', 'SELECT count(*) FROM action_sector WHERE action_id = ?'],
    ['networkLink', 'unlinks', 'SELECT count(*) FROM action_network WHERE action_id = ?'],
    ['actionPartner', 'unlinks', 'SELECT count(*) FROM action_partner WHERE action_id = ?'],
    ['workshopLink', 'unlinks', 'SELECT count(*) FROM workshop_action WHERE action_id = ?'],
    ['decisionLink', 'unlinks', 'SELECT count(*) FROM decision_action WHERE action_id = ?'],
  ],
  indicator: [['measurement', 'removes', 'SELECT count(*) FROM measurement WHERE indicator_id = ?']],
  measurement: [],
  workshop: [
    ['sectorLink', 'unlinks', 'SELECT count(*) FROM workshop_sector WHERE workshop_id = ?'],
    ['participantLink', 'unlinks', 'SELECT count(*) FROM workshop_participant WHERE workshop_id = ?'],
    ['actionLink', 'unlinks', 'SELECT count(*) FROM workshop_action WHERE workshop_id = ?'],
    ['decision', 'removes', 'SELECT count(*) FROM workshop_decision WHERE workshop_id = ?'],
  ],
  fundingSource: [['fundingLine', 'blocks', 'SELECT count(*) FROM funding_line WHERE funding_source_id = ?']],
};

export function deleteImpact(db: Db, entity: ImpactEntity, id: string): Impact {
  requireRow(db, entity, id);
  const effects = counts[entity]
    .map(([what, effect, sql]) => ({ what, effect, count: db.prepare(sql).pluck().get(id) as number }))
    .filter((e) => e.count > 0)
    .sort((a, b) => impactKinds.indexOf(a.what) - impactKinds.indexOf(b.what));
  return { entity, id, effects };
}
