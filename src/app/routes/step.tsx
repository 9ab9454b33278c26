import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { isCode, isStepId } from '../../config/flow';
import { StepPage } from '../../features/wizard/step-page';
import { NotFoundPage } from '../not-found-page';

// The root loader has already fetched the language's text, document included.
export function loader({ params }: LoaderFunctionArgs) {
  const { code, step } = params;
  if (!isCode(code) || !isStepId(step)) return { kind: 'not-found' as const };
  return { kind: 'step' as const, code, step };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  return data.kind === 'step' ? <StepPage code={data.code} step={data.step} /> : <NotFoundPage />;
}
