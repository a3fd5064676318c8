// One lesson: its MDX content with its own widgets, then completion and previous/next links.
import { Suspense, createElement, lazy, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { lessonProgress, progressStore, useProgress } from '../state/progress';
import { LESSONS, lessonIndex, lessonPath } from './lessons';
import { NotFound } from './NotFound';
import { useScrollableMath } from './useScrollableMath';

// One lazily loaded component per lesson, created once (not during render).
const CONTENT = new Map(
  LESSONS.map((l) => [
    l.slug,
    lazy(async () => {
      const { Content, widgets } = await l.load();
      return { default: () => createElement(Content, { components: widgets }) };
    }),
  ]),
);

export function LessonPage({ slug }: { slug: string }) {
  const index = lessonIndex(slug);
  const entry = LESSONS[index];
  const Content = CONTENT.get(slug);
  const completed = useProgress((s) => lessonProgress(s.lessons, slug).completed);
  const articleRef = useRef<HTMLElement>(null);
  useScrollableMath(articleRef);
  // A widget link opened in this tab (same page, new hash) remounts the lesson's widgets, so each
  // reads its state from the new link as it would on a fresh load.
  const [linkEpoch, setLinkEpoch] = useState(0);
  useEffect(() => {
    const onHash = () => {
      if (new URLSearchParams(window.location.hash.slice(1)).has('widget')) setLinkEpoch((e) => e + 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!entry) return;
    progressStore.getState().markVisited(slug);
    document.title = `${entry.title} · Equivariance Playground`;
    window.scrollTo(0, 0);
  }, [entry, slug]);

  if (!entry || !Content) return <NotFound />;
  const prev = LESSONS[index - 1];
  const next = LESSONS[index + 1];
  return (
    <article className="prose lesson" data-lesson={slug} ref={articleRef}>
      <p className="lesson-kicker">
        Lesson {index + 1} of {LESSONS.length}
      </p>
      <h1>{entry.title}</h1>
      <Suspense fallback={<p aria-busy="true">Loading the lesson…</p>}>
        {createElement(Content, { key: linkEpoch })}
      </Suspense>
      <label className="complete-toggle">
        <input
          type="checkbox"
          checked={completed}
          onChange={(e) => progressStore.getState().setCompleted(slug, e.target.checked)}
        />{' '}
        I have worked through this lesson
      </label>
      <nav className="prev-next" aria-label="Lesson navigation">
        {prev ? (
          <Link href={lessonPath(prev.slug)} rel="prev">
            ← {prev.title}
          </Link>
        ) : (
          <Link href="/">← All lessons</Link>
        )}
        {next ? (
          <Link href={lessonPath(next.slug)} rel="next">
            {next.title} →
          </Link>
        ) : (
          <Link href="/">All lessons →</Link>
        )}
      </nav>
    </article>
  );
}
