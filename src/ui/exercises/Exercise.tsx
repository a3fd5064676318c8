// The exercise framework (checked immediately, a hint after a wrong answer, the explanation
// after a right one, progress stored and shown on the home page). An exercise has an id, a prompt,
// an answer (typed fields or a pick from options) and a checker; solving it calls
// progressStore.markSolved(lesson, id), so the solved state survives a reload.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { lessonProgress, progressStore, useProgress } from '../../state/progress';
import './exercises.css';

/** A checker's verdict, optionally with feedback specific to the wrong answer given. */
export type CheckResult = boolean | { correct: boolean; feedback?: string };

export type AnswerSpec =
  | { kind: 'fields'; fields: readonly { label: string; placeholder?: string; size?: number }[] }
  | {
      kind: 'pick';
      /** `text` names an option whose label has no text of its own (e.g. a matrix in KaTeX). */
      options: readonly { value: string; label: ReactNode; text?: string }[];
    };

export interface ExerciseSpec {
  id: string;
  title: string;
  prompt: ReactNode;
  answer: AnswerSpec;
  /** Receives the typed fields in order, or [value] of the picked option. */
  check: (values: string[]) => CheckResult;
  hint: ReactNode;
  explanation: ReactNode;
}

export interface ExerciseProps extends ExerciseSpec {
  /** Lesson slug the progress is stored under. */
  lesson: string;
}

const verdict = (r: CheckResult) => (typeof r === 'boolean' ? { correct: r } : r);

function Fields({
  answer,
  values,
  onChange,
  name,
}: {
  answer: AnswerSpec;
  values: string[];
  onChange: (i: number, v: string) => void;
  name: string;
}) {
  if (answer.kind === 'pick')
    return (
      <fieldset className="exercise-options">
        <legend className="visually-hidden">Choose one answer</legend>
        {answer.options.map((o) => (
          <label key={o.value} className="exercise-option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={values[0] === o.value}
              onChange={() => onChange(0, o.value)}
              aria-label={o.text}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
    );
  return (
    <div className="exercise-fields">
      {answer.fields.map((f, i) => (
        <label key={i} className="exercise-field">
          <span>{f.label}</span>
          <input
            value={values[i]}
            size={f.size ?? 6}
            placeholder={f.placeholder}
            onChange={(e) => onChange(i, e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
      ))}
    </div>
  );
}

export function Exercise(props: ExerciseProps) {
  const { lesson, id, answer } = props;
  const name = useId();
  const solved = useProgress((s) => lessonProgress(s.lessons, lesson).solved.includes(id));
  const count = answer.kind === 'pick' ? 1 : answer.fields.length;
  const [values, setValues] = useState<string[]>(() => Array<string>(count).fill(''));
  const [outcome, setOutcome] = useState<{ correct: boolean; feedback?: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = verdict(props.check(values));
    setOutcome(v);
    if (v.correct) progressStore.getState().markSolved(lesson, id);
  };
  const state = outcome ? (outcome.correct ? 'correct' : 'wrong') : 'none';

  return (
    <section
      className="exercise"
      data-exercise={id}
      data-solved={String(solved)}
      data-outcome={state}
      aria-label={`Exercise: ${props.title}`}
    >
      <header className="exercise-head">
        <h4>Exercise: {props.title}</h4>
        {solved && <span className="exercise-solved">✓ Solved</span>}
      </header>
      <div className="exercise-prompt">{props.prompt}</div>
      <form onSubmit={submit}>
        <Fields
          answer={answer}
          values={values}
          name={name}
          onChange={(i, v) => setValues((old) => old.map((x, j) => (j === i ? v : x)))}
        />
        <button type="submit" disabled={values.some((v) => v.trim() === '')}>
          Check
        </button>
      </form>
      <div aria-live="polite" className="exercise-feedback">
        {outcome && !outcome.correct && (
          <div className="exercise-hint">
            <p>
              <strong>✗ Not yet.</strong> {outcome.feedback}
            </p>
            <p>
              <strong>Hint:</strong> {props.hint}
            </p>
          </div>
        )}
        {outcome?.correct && (
          <div className="exercise-explanation">
            <p>
              <strong>✓ Correct.</strong> {outcome.feedback}
            </p>
            {props.explanation}
          </div>
        )}
        {!outcome && solved && (
          <details className="exercise-explanation-again">
            <summary>You solved this earlier. Show the explanation</summary>
            {props.explanation}
          </details>
        )}
      </div>
    </section>
  );
}

/** A lesson's exercises as one component: `<GroupsExercise id="cayley-row" />` in the MDX. */
export function lessonExercises(lesson: string, specs: readonly ExerciseSpec[]) {
  function LessonExercise({ id }: { id: string }) {
    const spec = specs.find((s) => s.id === id);
    if (!spec) return <p className="exercise-missing">Unknown exercise “{id}”.</p>;
    return <Exercise lesson={lesson} {...spec} />;
  }
  return LessonExercise;
}
