// Layout checks run inside the page, shared by the browser tests: what
// reaches past the viewport, and where an element sits in it.

import type { Page } from 'playwright-core';

/** The outermost elements that reach past the viewport's right edge, named for the failure message. */
export function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const sticksOut = (node: Element | null) => node !== null && node.getBoundingClientRect().right > edge;
    // A picture that scrolls inside its own frame (the mail path on a phone) does not widen the view.
    const scrollsInFrame = (node: Element) => {
      for (let up = node.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    const outermost = [...document.body.querySelectorAll('*')].filter((node) => sticksOut(node) && !sticksOut(node.parentElement) && !scrollsInFrame(node));
    const named = outermost.map((node) => `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} → ${Math.round(node.getBoundingClientRect().right)} px`);
    return document.documentElement.scrollWidth > edge ? [`page ${document.documentElement.scrollWidth} px`, ...named] : named;
  });
}
