// The course overview: the six lessons in order, each with its progress.
import { Link } from 'wouter';
import { lessonProgress, progressStore, useProgress } from '../state/progress';
import { EngineStatus } from '../ui/EngineStatus';
import { LESSONS, lessonPath } from './lessons';
import { progressLabel } from './ProgressMark';

export function HomePage() {
  const lessons = useProgress((s) => s.lessons);
  const anyProgress = Object.keys(lessons).length > 0;
  return (
    <article className="prose home">
      <h1>Equivariance Playground</h1>
      <p className="lead">
        Six short lessons on neural networks that respect symmetry. Draw an input, rotate it, and watch the
        feature maps of a group-equivariant network rotate with it, with the error measured live in your
        browser.
      </p>
      <EngineStatus />
      <ol className="lesson-cards">
        {LESSONS.map((l, i) => {
          const p = lessonProgress(lessons, l.slug);
          return (
            <li key={l.slug} className="lesson-card" data-slug={l.slug}>
              <Link href={lessonPath(l.slug)}>
                <span className="lesson-number">{i + 1}</span>
                <span className="lesson-card-title">{l.title}</span>
              </Link>
              <p>{l.summary}</p>
              <p className="lesson-progress" data-progress={progressLabel(p)}>
                Progress: {progressLabel(p)}
              </p>
            </li>
          );
        })}
      </ol>
      {anyProgress && (
        <button className="link-button" onClick={() => progressStore.getState().reset()}>
          Reset all progress
        </button>
      )}
    </article>
  );
}
