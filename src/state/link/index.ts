// Widget state in links: typed fields (codecs.ts, fields.ts) read on mount (useLink.ts).
export * from './codecs';
export * from './fields';
export { useLink, type LinkState, type UseLinkOptions } from './useLink';
