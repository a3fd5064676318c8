// The harmonic filters lesson's exercises, embedded as <HarmonicExercise id="…" /> and checked by
// harmonicExerciseCheckers (expected values from the SO(2) irreps, the sampled filters and a small
// harmonic network measured on the CPU engine).
import { defaultRadialProfile } from '../../../src/layers';
import { lessonExercises, type ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { Tex } from '../../../src/ui/exercises/Tex';
import type { Complex } from '../../../src/experiments/harmonic/phase';
import {
  checkConstantResponse,
  checkOrders,
  checkPhaseTurn,
  checkTurnedResponse,
  constantResponses,
  phaseFactor,
  type OrderQuestion,
} from './checkers';
import { measureOrder, TEST_ANGLE, type OrderMeasurement } from '../../../src/experiments/harmonic/measuredOrder';
import { checkAliasedOrders, ordersSeenAs } from './bridgeCheckers';

const ALIAS = { m: 3, N: 8, lo: -20, hi: 20 };

const DEG = Math.PI / 180;
const TURN = { m: -2, theta: 50 * DEG };
const TURN_FACTOR = phaseFactor(TURN.m, TURN.theta);
/** arg e^{imθ} in (-π, π]. */
const TURN_ARG = Math.atan2(TURN_FACTOR[1], TURN_FACTOR[0]);
const RESPONSE = { m: 3, theta: 40 * DEG, z0: [2, 0] as Complex };
/** Two branches of equal order, then ℂ-ReLU, then the magnitude. */
const CHAIN_A = [2, -3];
const CHAIN_B = [-2, 1];
const ORDER_QUESTIONS: readonly OrderQuestion[] = [
  { label: '(a) chain', net: { branches: [CHAIN_A], after: [] } },
  { label: '(b) sum', net: { branches: [CHAIN_A, CHAIN_B], after: [] } },
  { label: '(c) after ℂ-ReLU', net: { branches: [CHAIN_A, CHAIN_B], after: ['cRelu'] } },
  { label: '(d) after |·|', net: { branches: [CHAIN_A, CHAIN_B], after: ['cRelu', 'magnitude'] } },
];
const CONSTANT = { orders: [0, 1, 2, 3, 4], K: 9, threshold: 1e-3 };
const CONSTANT_RADIAL = defaultRadialProfile(CONSTANT.K);

let measured: OrderMeasurement[] | null = null;
/** The orders the network shows, measured once, on first use. */
const measuredOrders = () => (measured ??= ORDER_QUESTIONS.map((q) => measureOrder(q.net)));

const num = (x: number, digits = 3) => Number(x.toFixed(digits)).toString().replace('-', '−');
const deg = (rad: number) => num(rad / DEG, 1);
const argDeg = (z: Complex) => deg(Math.atan2(z[1], z[0]));
/** '2 + (-3) = -1': the orders of a chain added up. */
const orderSum = (orders: readonly number[]) =>
  `${orders.map((m, i) => (i > 0 && m < 0 ? `(${m})` : m)).join(' + ')} = ${orders.reduce((s, m) => s + m, 0)}`;
const chainTex = ([m1, m2]: readonly number[]) => `(f \\star W_{${m1}}) \\star W_{${m2}}`;
const turned = (() => {
  const f = phaseFactor(RESPONSE.m, RESPONSE.theta);
  const [a, b] = RESPONSE.z0;
  return [a * f[0] - b * f[1], a * f[1] + b * f[0]] as Complex;
})();

function MeasuredOrders() {
  const rows = measuredOrders();
  return (
    <p>
      Measured on a 49 × 49 image by the CPU engine: turning the input by {deg(TEST_ANGLE)}° turned the phases
      by {rows.map((r) => `${deg(r.change)}°`).join(', ')}, that is orders{' '}
      {rows.map((r) => num(r.order)).join(', ')}.
    </p>
  );
}

/** 0.5 -> '0.5', 4e-3 -> '4.0 \\times 10^{-3}' (for KaTeX). */
function texScientific(x: number): string {
  if (x === 0 || x >= 0.01) return num(x, 2).replace('−', '-');
  const [mantissa, exponent] = x.toExponential(1).split('e');
  return `${mantissa} \\times 10^{${Number(exponent)}}`;
}

function ConstantTable() {
  const rows = constantResponses(CONSTANT.orders, CONSTANT.K, CONSTANT_RADIAL);
  return (
    <p>
      Computed from the {CONSTANT.K} × {CONSTANT.K} samples, <Tex math={`|\\Sigma W_m| / \\Sigma |W_m|`} />{' '}
      for <Tex math={`m = ${CONSTANT.orders.join(', ')}`} /> is{' '}
      <Tex math={rows.map((r) => texScientific(r.response)).join(',\\ ')} />: round-off except for the
      multiples of 4.
    </p>
  );
}

const SPECS: ExerciseSpec[] = [
  {
    id: 'phase-turn',
    title: 'how far the phase turns',
    prompt: (
      <p>
        A filter of rotation order <Tex math={`m = ${TURN.m}`} /> is applied to an image. The image is turned
        by <Tex math={`\\theta = ${deg(TURN.theta)}^\\circ`} /> counter-clockwise. By how many degrees does
        the phase of the response at the centre of rotation turn? Counter-clockwise counts as positive;
        answers that differ by a multiple of 360° are the same.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'phase turn (degrees)', size: 8 }] },
    check: ([v]) => checkPhaseTurn(TURN.m, TURN.theta, v),
    hint: (
      <>
        Use <Tex math="[L_\theta f] \star W_m = e^{im\theta} L_\theta[f \star W_m]" />: the response is
        multiplied by <Tex math="e^{im\theta}" />, and multiplying by <Tex math="e^{i\alpha}" /> turns a phase
        by <Tex math="\alpha" />.
      </>
    ),
    explanation: (
      <p>
        The phase turns by <Tex math={`m\\theta = ${deg(TURN_ARG)}^\\circ`} />, clockwise because the order is
        negative; {deg(TURN_ARG + 2 * Math.PI)}° counter-clockwise lands on the same phase. A negative order
        winds its phase the other way round the filter centre. Set <Tex math={`m = ${TURN.m}`} /> in the
        filter explorer and {deg(TURN.theta)}° in the response widget to watch it measured.
      </p>
    ),
  },
  {
    id: 'turned-response',
    title: 'the response after a turn',
    prompt: (
      <p>
        At the centre of rotation an order-{RESPONSE.m} response reads{' '}
        <Tex math={`z_0 = ${num(RESPONSE.z0[0])}`} />. Turn the input by{' '}
        <Tex math={`\\theta = ${deg(RESPONSE.theta)}^\\circ`} />. What does that pixel read now? Give the real
        and the imaginary part (three decimals are enough).
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'real part' }, { label: 'imaginary part' }] },
    check: (v) => checkTurnedResponse(RESPONSE.m, RESPONSE.theta, RESPONSE.z0, v),
    hint: (
      <>
        The new value is <Tex math="z_0\, e^{im\theta} = z_0(\cos m\theta + i \sin m\theta)" />; work out{' '}
        <Tex math="m\theta" /> in degrees first.
      </>
    ),
    explanation: (
      <p>
        <Tex
          math={`z_0\\, e^{i\\,${RESPONSE.m} \\cdot ${deg(RESPONSE.theta)}^\\circ} = ${num(turned[0])} + ${num(turned[1])}\\,i`}
        />
        : the same magnitude <Tex math={`|z_0| = ${num(Math.hypot(...RESPONSE.z0))}`} />, the phase turned by{' '}
        {argDeg(phaseFactor(RESPONSE.m, RESPONSE.theta))}°. The magnitude map is invariant; the phase carries
        how the input was turned.
      </p>
    ),
  },
  {
    id: 'order-arithmetic',
    title: 'rotation orders through a small network',
    prompt: (
      <>
        <p>
          <Tex math="F" /> is a real image (order 0). Give the rotation order <Tex math="M" /> of each map,
          the integer with <Tex math="\Phi(L_\theta F) = e^{iM\theta} L_\theta[\Phi(F)]" />:
        </p>
        <ol type="a">
          <li>
            <Tex math={chainTex(CHAIN_A)} />
          </li>
          <li>
            <Tex math={`${chainTex(CHAIN_A)} + ${chainTex(CHAIN_B)}`} />
          </li>
          <li>
            <Tex math="\mathbb{C}\text{-ReLU}_b" /> applied to (b)
          </li>
          <li>the magnitude of (c)</li>
        </ol>
      </>
    ),
    answer: { kind: 'fields', fields: ORDER_QUESTIONS.map((q) => ({ label: q.label })) },
    check: (v) =>
      checkOrders(
        ORDER_QUESTIONS,
        measuredOrders().map((r) => r.order),
        v,
      ),
    hint: (
      <>
        Orders add along a chain; a sum of maps of one order keeps it;{' '}
        <Tex math="\mathbb{C}\text{-ReLU}_b(|z|e^{i\alpha}) = \mathrm{ReLU}(|z|+b)e^{i\alpha}" /> leaves the phase
        alone; and what happens to the phase under <Tex math="|\cdot|" />?
      </>
    ),
    explanation: (
      <>
        <p>
          Both chains in (b) have order <Tex math={orderSum(CHAIN_A)} /> and <Tex math={orderSum(CHAIN_B)} />,
          so their sum keeps it; a sum of different orders would obey no single phase law. ℂ-ReLU keeps the
          phase, and the magnitude drops it: a real map that moves with the image but whose values do not
          turn. This is the stream structure of a harmonic network.
        </p>
        <MeasuredOrders />
      </>
    ),
  },
  {
    id: 'constant-image',
    title: 'which filters see a constant image?',
    prompt: (
      <p>
        The filter explorer samples <Tex math="W_m" /> on a{' '}
        <Tex math={`${CONSTANT.K} \\times ${CONSTANT.K}`} /> grid with the default ring profile. Which of{' '}
        <Tex math={CONSTANT.orders.map((m) => `W_{${m}}`).join(', ')} /> give a non-zero response to a
        constant image? Count a response as non-zero when{' '}
        <Tex math={`|\\Sigma W| / \\Sigma |W| > 10^{${Math.log10(CONSTANT.threshold)}}`} />. Type the orders
        as a list.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'orders m', placeholder: 'e.g. 1, 3', size: 12 }] },
    check: ([v]) =>
      checkConstantResponse(CONSTANT.orders, CONSTANT.K, CONSTANT_RADIAL, CONSTANT.threshold, v),
    hint: (
      <>
        The response to a constant image is <Tex math="\Sigma W" />. In the plane,{' '}
        <Tex math="\int_0^{2\pi} e^{im\phi}\,d\phi = 0" /> unless <Tex math="m = 0" />, but the grid is only
        symmetric under quarter turns. What does a quarter turn do to the sum of <Tex math="W_m" />?
      </>
    ),
    explanation: (
      <>
        <p>
          A quarter turn permutes the samples and multiplies <Tex math="W_m" /> by <Tex math="e^{-im\pi/2}" />
          , so <Tex math="\Sigma W = e^{-im\pi/2}\,\Sigma W" />, which forces <Tex math="\Sigma W = 0" />{' '}
          unless <Tex math="m" /> is a multiple of 4. To a square grid, <Tex math="e^{4i\phi}" /> looks partly
          like a constant: that leak is what sampling costs. Larger kernels make it smaller; try K = 13 in the
          explorer.
        </p>
        <ConstantTable />
      </>
    ),
  },
  {
    id: 'aliased-orders',
    title: 'which orders a lifting layer mixes',
    prompt: (
      <p>
        A lifting layer with <Tex math={`N = ${ALIAS.N}`} /> orientations is Fourier-transformed along its
        orientation axis, and you read the coefficient <Tex math={`\\hat F_{${ALIAS.m}}`} />. Which rotation
        orders <Tex math="n" /> of the filter, between <Tex math={`${ALIAS.lo}`} /> and{' '}
        <Tex math={`${ALIAS.hi}`} />, end up in it? Type them as a list.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'orders n', placeholder: 'e.g. 1, 9', size: 16 }] },
    check: ([v]) => checkAliasedOrders(ALIAS.m, ALIAS.N, ALIAS.lo, ALIAS.hi, v),
    hint: (
      <>
        An order-<Tex math="n" /> part <Tex math="c_n(r)e^{in\phi}" /> of <Tex math="\psi" /> contributes to{' '}
        <Tex math="\hat F_m" /> through <Tex math="\frac1N\sum_j e^{i(m-n)\theta_j}" />. When is that sum not
        zero, for <Tex math="\theta_j = 2\pi j/N" />?
      </>
    ),
    explanation: (
      <p>
        The sum is 1 exactly when <Tex math={`n \\equiv ${ALIAS.m} \\pmod{${ALIAS.N}}`} />, that is{' '}
        <Tex math={`n = ${ordersSeenAs(ALIAS.m, ALIAS.N, ALIAS.lo, ALIAS.hi).join(',\\ ')}`} />: on the{' '}
        {ALIAS.N} sampled angles, <Tex math="e^{in\theta}" /> and <Tex math={`e^{i${ALIAS.m}\\theta}`} /> agree
        (they restrict to the same character of <Tex math={`C_{${ALIAS.N}}`} />). Doubling{' '}
        <Tex math="N" /> pushes the nearest aliases out to <Tex math={`${ALIAS.m} \\pm ${2 * ALIAS.N}`} />, where a
        smooth filter has little left; in the limit only <Tex math={`n = ${ALIAS.m}`} /> remains, the harmonic
        response <Tex math={`f \\star W_{${ALIAS.m}}`} />. The bridge widget above shows the coefficients converge.
      </p>
    ),
  },
];

export const HARMONIC_EXERCISES: readonly ExerciseSpec[] = SPECS;
export const HarmonicExercise = lessonExercises('harmonic-filters', SPECS);
