// The library's public API without side effects: importing this registers no element.
export * from './model/index.js';
export * from './api.js';
