/**
 * The message an embed page posts to its host with its height; public/embed-resize.js (which
 * cannot import this file: host pages load it as is) checks the same type string.
 */
export const RESIZE_MESSAGE = "cookie-lab:resize";
