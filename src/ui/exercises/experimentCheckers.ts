// Checkers of the "predict the measurement" exercises: the right option is the one that describes
// what the CPU reference measures (equivarianceExperiments), not a stored letter.
import type { CheckResult } from './Exercise';
import { ROUND_OFF } from '../../experiments/exercises/equivarianceExperiments';

/** Option values: '<plain>/<lifting>', each 'exact' (round-off) or 'broken'. */
export type QuarterTurnOption = `${'exact' | 'broken'}/${'exact' | 'broken'}`;

export const quarterTurnOption = (e: { plain: number; lifting: number }): QuarterTurnOption =>
  `${e.plain <= ROUND_OFF ? 'exact' : 'broken'}/${e.lifting <= ROUND_OFF ? 'exact' : 'broken'}`;

/** Why each layer's measured outcome holds, keyed '<layer>/<outcome>'. */
const QUARTER_TURN_FEEDBACK: Record<string, string> = {
  'plain/broken':
    'Being on the grid is not enough: the plain layer meets a counter-rotated filter, [L_r f] ⋆ ψ = L_r[f ⋆ L_r⁻¹ψ].',
  'plain/exact': 'This filter happens to survive a quarter turn, so the plain layer commutes with it.',
  'lifting/exact':
    'The lifting layer applies every turned copy of ψ, and a quarter turn moves pixel centres onto pixel centres: nothing is interpolated.',
  'lifting/broken':
    'Off the pixel grid the turned filters are interpolated, so lifting is only approximately equivariant.',
};

/** value: the picked option; errors: the measured relative errors of both layers. */
export function checkQuarterTurn(errors: { plain: number; lifting: number }, value: string): CheckResult {
  const measured = quarterTurnOption(errors);
  if (value === measured) return true;
  const [plainPick, liftPick] = value.split('/');
  const [plainTrue, liftTrue] = measured.split('/');
  if (plainPick !== plainTrue)
    return { correct: false, feedback: QUARTER_TURN_FEEDBACK[`plain/${plainTrue}`] };
  if (liftPick !== liftTrue)
    return { correct: false, feedback: QUARTER_TURN_FEEDBACK[`lifting/${liftTrue}`] };
  return { correct: false };
}

/** Option values: '<pooled map>/<global maximum>'. */
export type PoolingOption = `${'turns' | 'same' | 'changes'}/${'same' | 'changes'}`;

export function poolingOption(b: {
  pooledTurns: boolean;
  pooledUnchanged: boolean;
  globalUnchanged: boolean;
}): PoolingOption {
  const pooled = b.pooledTurns ? 'turns' : b.pooledUnchanged ? 'same' : 'changes';
  return `${pooled}/${b.globalUnchanged ? 'same' : 'changes'}`;
}

export function checkPooling(measured: PoolingOption, value: string): CheckResult {
  if (value === measured) return true;
  const [pooledPick, globalPick] = value.split('/');
  const [pooledTrue, globalTrue] = measured.split('/');
  if (pooledPick !== pooledTrue && pooledPick === 'same')
    return {
      correct: false,
      feedback: 'Pooling over the rotations makes each pixel invariant, not the map: the pixels still move.',
    };
  if (pooledPick !== pooledTrue)
    return {
      correct: false,
      feedback: 'The lifted map is equivariant and the pool over H commutes with L_r.',
    };
  if (globalPick !== globalTrue)
    return { correct: false, feedback: 'A maximum over all pixels does not care where the values sit.' };
  return { correct: false };
}
