// Parses large pastes off the main thread so the page keeps responding while a 5 MB bounce is read.
import { parseNdr } from './parse-ndr';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(parseNdr(event.data));
};
