// Page frame: lesson list with progress on the left, content in the centre.
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useProgress, lessonProgress } from '../state/progress';
import { EngineStatus } from '../ui/EngineStatus';
import { LESSONS, lessonPath } from './lessons';
import { Notices } from './Notices';
import { ProgressMark } from './ProgressMark';
import { SettingsPanel } from './SettingsPanel';

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const lessons = useProgress((s) => s.lessons);
  const [navOpen, setNavOpen] = useState(false);
  return (
    <div className="shell">
      <header className="topbar">
        <button
          className="nav-toggle"
          aria-expanded={navOpen}
          aria-controls="lesson-nav"
          onClick={() => setNavOpen((o) => !o)}
        >
          Lessons
        </button>
        <Link href="/" className="brand">
          Equivariance Playground
        </Link>
        <EngineStatus compact />
      </header>
      <nav id="lesson-nav" className={navOpen ? 'sidebar open' : 'sidebar'} aria-label="Lessons">
        <ol>
          {LESSONS.map((l, i) => (
            <li key={l.slug}>
              <Link
                href={lessonPath(l.slug)}
                className={location === lessonPath(l.slug) ? 'active' : undefined}
                aria-current={location === lessonPath(l.slug) ? 'page' : undefined}
                onClick={() => setNavOpen(false)}
              >
                <span className="lesson-number">{i + 1}</span> {l.title}
                <ProgressMark progress={lessonProgress(lessons, l.slug)} />
              </Link>
            </li>
          ))}
        </ol>
        <SettingsPanel />
      </nav>
      <main className="content">
        <Notices />
        {children}
      </main>
    </div>
  );
}
