// The representations of C_N or D_N the heatmap widget offers: regular, trivial, sign, every real
// irrep, and quotient (permutation) representations on cosets G/H.
import {
  planarRealIrreps,
  quotientRepresentation,
  regularRepresentation,
  rotationSubgroup,
  signRepresentation,
  subgroupGeneratedBy,
  trivialRepresentation,
  type PlanarGroup,
  type Representation,
} from '../../src/math';

export interface RepresentationChoice {
  id: string;
  label: string;
  rep: Representation;
}

function quotients(group: PlanarGroup): RepresentationChoice[] {
  const n = group.rotations;
  const out: RepresentationChoice[] = [];
  if (group.hasReflections && n > 1) {
    out.push({
      id: 'quotient:rotations',
      label: `quotient on ${group.name}/C${n} (dim 2)`,
      rep: quotientRepresentation(group, rotationSubgroup(group), `C${n}`),
    });
    out.push({
      id: 'quotient:s',
      label: `quotient on ${group.name}/⟨s⟩ (dim ${n})`,
      rep: quotientRepresentation(group, subgroupGeneratedBy(group, [n]), '⟨s⟩'),
    });
  } else if (n % 2 === 0 && n > 2) {
    out.push({
      id: 'quotient:r2',
      label: `quotient on ${group.name}/⟨r²⟩ (dim 2)`,
      rep: quotientRepresentation(group, subgroupGeneratedBy(group, [2]), '⟨r²⟩'),
    });
  }
  return out;
}

export function representationChoices(group: PlanarGroup): RepresentationChoice[] {
  const hasSign = group.hasReflections || group.rotations % 2 === 0;
  return [
    { id: 'regular', label: `regular (dim ${group.order})`, rep: regularRepresentation(group) },
    { id: 'trivial', label: 'trivial (dim 1)', rep: trivialRepresentation(group) },
    ...(hasSign ? [{ id: 'sign', label: 'sign (dim 1)', rep: signRepresentation(group) }] : []),
    ...planarRealIrreps(group).map((psi) => ({
      id: `irrep:${psi.id}`,
      label: `irrep ρ ${psi.id}: ${psi.name} (dim ${psi.dim})`,
      rep: psi,
    })),
    ...quotients(group),
  ];
}
