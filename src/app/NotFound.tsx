import { Link } from 'wouter';

export function NotFound() {
  return (
    <article className="prose">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link href="/">Go to the lesson list.</Link>
      </p>
    </article>
  );
}
