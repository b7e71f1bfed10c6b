import { browser } from 'wxt/browser';
import { loadModelSteps, type Model } from './analyze/model/weights';
import { message, type ModelData } from './messages';
import { yieldToPage } from './dom/box-session';

/** How long the first analysis waits for the model before going ahead with the rules alone. */
const MODEL_WAIT_MS = 3000;

/**
 * The learned scorer for this page (issue 13): asked of the background once, when
 * the first box is used (never at page load), decoded in slices between frames.
 * Fails open: no answer in time, or a bad file, and the rules work alone; the
 * reason goes to the options page's error log.
 */
export async function requestModel(onError: (error: unknown) => void): Promise<Model | undefined> {
  try {
    const reply = browser.runtime.sendMessage(message('model-data', {})) as Promise<ModelData | undefined>;
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, MODEL_WAIT_MS));
    const data = await Promise.race([reply, timeout]);
    if (!data?.weights || !data.clusters) throw new Error(data ? 'the background sent no model' : `no model from the background within ${MODEL_WAIT_MS} ms`);
    const steps = loadModelSteps(data.weights, data.clusters);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await yieldToPage();
    }
  } catch (error) {
    onError(error);
    return undefined;
  }
}
