window.__NUXT__=window.__NUXT__||{};
