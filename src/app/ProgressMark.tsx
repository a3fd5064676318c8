// A lesson's progress as text and a symbol (never colour alone).
import type { LessonProgress } from '../state/progress';

export function progressLabel(p: LessonProgress): string {
  if (p.completed) return 'completed';
  if (p.solved.length > 0) return `${p.solved.length} exercise${p.solved.length === 1 ? '' : 's'} solved`;
  if (p.visited) return 'started';
  return 'not started';
}

export function ProgressMark({ progress }: { progress: LessonProgress }) {
  const label = progressLabel(progress);
  const symbol = progress.completed ? '✓' : progress.visited ? '◐' : '○';
  return (
    <span className={`progress-mark progress-${label.split(' ')[0]}`} title={label}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
