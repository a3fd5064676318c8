import { noticesStore, useNotices } from '../state/notices';

export function Notices() {
  const notices = useNotices((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          {n.text}{' '}
          <button onClick={() => noticesStore.getState().dismiss(n.id)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
