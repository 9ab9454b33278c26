import { StartPage } from '../../features/start/start-page';

export function Component() {
  return <StartPage />;
}
