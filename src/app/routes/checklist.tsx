import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { isCode } from '../../config/flow';
import { CaseFilePage } from '../../features/case-file/case-file-page';
import { NotFoundPage } from '../not-found-page';

export function loader({ params }: LoaderFunctionArgs) {
  const { code } = params;
  return isCode(code) ? { kind: 'case-file' as const, code } : { kind: 'not-found' as const };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  return data.kind === 'case-file' ? <CaseFilePage code={data.code} /> : <NotFoundPage />;
}
