// The subgroups the Cayley table offers to highlight: every cyclic subgroup <a>, the dihedral
// subgroup <r^2, s> for even N >= 4, and G itself, each once, smallest first.
import { subgroupGeneratedBy, type PlanarGroup } from '../../src/math';

export interface SubgroupChoice {
  /** Stable key, e.g. 'gen:1' or 'gen:2,4'. */
  id: string;
  /** Plain-text name, e.g. '<r^2>' or '<r^2, s>'. */
  label: string;
  elements: number[];
}

function choice(group: PlanarGroup, gens: number[]): SubgroupChoice {
  return {
    id: `gen:${gens.join(',')}`,
    label: `⟨${gens.map((g) => group.label(g)).join(', ')}⟩`,
    elements: subgroupGeneratedBy(group, gens),
  };
}

export function subgroupChoices(group: PlanarGroup): SubgroupChoice[] {
  const candidates: SubgroupChoice[] = [];
  for (let a = 1; a < group.order; a++) candidates.push(choice(group, [a]));
  const n = group.rotations;
  if (group.hasReflections && n % 2 === 0 && n >= 4) candidates.push(choice(group, [2, n]));
  if (group.generators.length > 1) candidates.push(choice(group, [...group.generators]));
  const seen = new Set<string>();
  const out = candidates.filter((c) => {
    const key = c.elements.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return out.sort((x, y) => x.elements.length - y.elements.length);
}
