window.__NUXT__={config:{public:{apiBaseUrl:"https://cms.prod.nypr.digital/api/v2"}}};
