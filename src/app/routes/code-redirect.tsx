import { redirect, type LoaderFunctionArgs } from 'react-router';
import { isCode } from '../../config/flow';
import { paths, sameLanguage } from '../../config/paths';
import { NotFoundPage } from '../not-found-page';

/** `/{code}` is the start of that code's flow; the query string (a pinned language) carries over. */
export function loader({ params, request }: LoaderFunctionArgs) {
  const { code } = params;
  if (!isCode(code)) return null;
  return redirect(sameLanguage(request, paths.step(code, 'about')));
}

export function Component() {
  return <NotFoundPage />;
}
