import { redirect, type LoaderFunctionArgs } from 'react-router';
import { isCode } from '../../config/flow';
import { paths } from '../../config/paths';
import { NotFoundPage } from '../not-found-page';

/** `/{code}` is the start of that code's flow; the query string (a pinned language) carries over. */
export function loader({ params, request }: LoaderFunctionArgs) {
  const { code } = params;
  if (!isCode(code)) return null;
  return redirect(`${paths.step(code, 'about')}${new URL(request.url).search}`);
}

export function Component() {
  return <NotFoundPage />;
}
