import { Link } from '@tanstack/react-router';

export function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Back to the VPP tokens</Link>
      </p>
    </section>
  );
}
