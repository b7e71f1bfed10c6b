import { defineBackground } from 'wxt/utils/define-background';

// Placeholder until rule-pack updates land (issue 4): the worker has nothing to do yet.
export default defineBackground(() => {});
