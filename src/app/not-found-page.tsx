import { Link } from '../routing/router';
import { paths } from '../config/paths';

export function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to={paths.tokens.href()}>Back to the VPP tokens</Link>
      </p>
    </section>
  );
}
