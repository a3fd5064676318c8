// Lesson progress: visited, completed, solved exercises; persisted with a schema version.
import { createStore, useStore } from 'zustand';
import { isRecord, loadPersisted, savePersisted } from './persist';

export interface LessonProgress {
  visited: boolean;
  completed: boolean;
  /** Ids of the exercises the student has answered correctly. */
  solved: string[];
}

interface ProgressState {
  lessons: Record<string, LessonProgress>;
  markVisited(slug: string): void;
  setCompleted(slug: string, completed: boolean): void;
  markSolved(slug: string, exerciseId: string): void;
  reset(): void;
}

export const PROGRESS_KEY = 'eqp.progress';
const SCHEMA = 1;
const EMPTY: LessonProgress = { visited: false, completed: false, solved: [] };

function isLessonProgress(x: unknown): x is LessonProgress {
  return (
    isRecord(x) &&
    typeof x.visited === 'boolean' &&
    typeof x.completed === 'boolean' &&
    Array.isArray(x.solved) &&
    x.solved.every((s) => typeof s === 'string')
  );
}

function isProgress(x: unknown): x is Record<string, LessonProgress> {
  return isRecord(x) && Object.values(x).every(isLessonProgress);
}

export function lessonProgress(lessons: Record<string, LessonProgress>, slug: string): LessonProgress {
  return lessons[slug] ?? EMPTY;
}

export function createProgressStore() {
  const saved = loadPersisted(PROGRESS_KEY, SCHEMA, isProgress, 'lesson progress') ?? {};
  const store = createStore<ProgressState>()((set) => {
    const update = (slug: string, f: (p: LessonProgress) => LessonProgress) =>
      set((s) => ({ lessons: { ...s.lessons, [slug]: f(lessonProgress(s.lessons, slug)) } }));
    return {
      lessons: saved,
      markVisited: (slug) => update(slug, (p) => (p.visited ? p : { ...p, visited: true })),
      setCompleted: (slug, completed) => update(slug, (p) => ({ ...p, visited: true, completed })),
      markSolved: (slug, id) =>
        update(slug, (p) => (p.solved.includes(id) ? p : { ...p, visited: true, solved: [...p.solved, id] })),
      reset: () => set({ lessons: {} }),
    };
  });
  store.subscribe((s) => savePersisted(PROGRESS_KEY, SCHEMA, s.lessons));
  return store;
}

export const progressStore = createProgressStore();

export function useProgress<T>(select: (s: ProgressState) => T): T {
  return useStore(progressStore, select);
}
