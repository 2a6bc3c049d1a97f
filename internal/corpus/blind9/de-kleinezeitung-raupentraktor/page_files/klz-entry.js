window.__NUXT__={};
