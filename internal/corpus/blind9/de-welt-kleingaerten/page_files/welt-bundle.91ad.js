window.__WELT__={};
